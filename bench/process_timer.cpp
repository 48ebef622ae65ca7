// Runs whole programs again and again and reports, per program, the median
// wall time from fork() to its exit and its peak resident memory (the
// kernel's ru_maxrss from wait4()). The programs take turns within every
// round, and the first one changes from round to round, so that a load that
// comes and goes on the machine falls on all of them alike.
//
//   process_timer [--runs N] [--warmup N] [--timeout SECONDS] [--out FILE]
//                 -- NAME PROGRAM ARG... [:: NAME PROGRAM ARG...]...
//
// Each program's standard output and error go to FILE.NAME.log (the last
// run's). FILE gets one line per program:
//   NAME runs wall_median_ms wall_min_ms wall_max_ms rss_median_kib rss_max_kib
// A program that fails or times out ends the measurement with status 1.
// Linux and POSIX only; it never uses a shell.
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Program
{
    std::string name;
    std::vector<std::string> argv;
    std::vector<double> wallMs;
    std::vector<long> rssKib;
};

struct Outcome
{
    bool ok = false;
    double wallMs = 0;
    long rssKib = 0;
    std::string problem;
};

double nowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

template<typename T>
T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// SIGCHLD stays blocked in this process, so that sigtimedwait() can wait for
// it with a timeout; the child gets the ordinary mask back.
Outcome runOnce(const Program &program, const std::string &logPath, int timeoutSeconds)
{
    std::vector<char *> argv;
    for (const std::string &arg : program.argv)
        argv.push_back(const_cast<char *>(arg.c_str()));
    argv.push_back(nullptr);

    sigset_t childSignal;
    sigemptyset(&childSignal);
    sigaddset(&childSignal, SIGCHLD);

    const double started = nowMs();
    const pid_t pid = fork();
    if (pid < 0)
        return {false, 0, 0, std::string("fork: ") + std::strerror(errno)};
    if (pid == 0) {
        sigprocmask(SIG_UNBLOCK, &childSignal, nullptr);
        const int log = open(logPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (log >= 0) {
            dup2(log, STDOUT_FILENO);
            dup2(log, STDERR_FILENO);
            close(log);
        }
        execvp(argv[0], argv.data());
        std::fprintf(stderr, "cannot run %s: %s\n", argv[0], std::strerror(errno));
        _exit(127);
    }

    const timespec timeout {timeoutSeconds, 0};
    int status = 0;
    rusage usage {};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (sigtimedwait(&childSignal, nullptr, &timeout) < 0 && errno == EAGAIN) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            return {false, 0, 0, "timed out after " + std::to_string(timeoutSeconds) + " s"};
        }
    }
    const double wall = nowMs() - started;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        const std::string how = WIFEXITED(status)
            ? "exit status " + std::to_string(WEXITSTATUS(status))
            : "signal " + std::to_string(WTERMSIG(status));
        return {false, wall, usage.ru_maxrss, how};
    }
    return {true, wall, usage.ru_maxrss, {}};
}

int usage()
{
    std::fprintf(stderr,
        "usage: process_timer [--runs N] [--warmup N] [--timeout SECONDS] [--out FILE]\n"
        "                     -- NAME PROGRAM ARG... [:: NAME PROGRAM ARG...]...\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    int runs = 15;
    int warmup = 2;
    int timeoutSeconds = 60;
    std::string out = "process-timer.txt";
    int i = 1;
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--")
            break;
        if (i + 1 >= argc)
            return usage();
        if (arg == "--runs")
            runs = std::atoi(argv[++i]);
        else if (arg == "--warmup")
            warmup = std::atoi(argv[++i]);
        else if (arg == "--timeout")
            timeoutSeconds = std::atoi(argv[++i]);
        else if (arg == "--out")
            out = argv[++i];
        else
            return usage();
    }
    std::vector<Program> programs;
    for (++i; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "::" || programs.empty()) {
            programs.push_back({});
            if (arg == "::")
                continue;
        }
        Program &program = programs.back();
        if (program.name.empty())
            program.name = arg;
        else
            program.argv.push_back(arg);
    }
    if (programs.empty() || runs < 1 || warmup < 0 || timeoutSeconds < 1)
        return usage();
    for (const Program &program : programs) {
        if (program.argv.empty())
            return usage();
    }

    sigset_t childSignal;
    sigemptyset(&childSignal);
    sigaddset(&childSignal, SIGCHLD);
    sigprocmask(SIG_BLOCK, &childSignal, nullptr);

    const size_t count = programs.size();
    for (int round = 0; round < warmup + runs; ++round) {
        for (size_t k = 0; k < count; ++k) {
            Program &program = programs[(size_t(round) + k) % count];
            const std::string log = out + "." + program.name + ".log";
            const Outcome outcome = runOnce(program, log, timeoutSeconds);
            if (!outcome.ok) {
                std::fprintf(stderr, "%s failed (%s); its output is in %s\n", program.name.c_str(),
                    outcome.problem.c_str(), log.c_str());
                return 1;
            }
            if (round < warmup)
                continue;
            program.wallMs.push_back(outcome.wallMs);
            program.rssKib.push_back(outcome.rssKib);
        }
    }

    FILE *file = std::fopen(out.c_str(), "w");
    if (!file) {
        std::fprintf(stderr, "cannot write %s: %s\n", out.c_str(), std::strerror(errno));
        return 1;
    }
    for (const Program &program : programs) {
        const auto [wallMin, wallMax]
            = std::minmax_element(program.wallMs.begin(), program.wallMs.end());
        const double wall = median(program.wallMs);
        const long rss = median(program.rssKib);
        const long rssMax = *std::max_element(program.rssKib.begin(), program.rssKib.end());
        std::fprintf(file, "%s %d %.1f %.1f %.1f %ld %ld\n", program.name.c_str(), runs, wall,
            *wallMin, *wallMax, rss, rssMax);
        std::printf("%-28s %3d runs  wall median %8.1f ms (%.1f–%.1f)  peak RSS median %7.1f MiB\n",
            program.name.c_str(), runs, wall, *wallMin, *wallMax, double(rss) / 1024.0);
    }
    std::fclose(file);
    return 0;
}
