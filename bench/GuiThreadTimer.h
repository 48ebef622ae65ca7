// Times one action on the calling thread twice: wall time (what the user
// waits for) and the thread's own CPU time (the work itself, which another
// program's load on the machine does not stretch). Linux/POSIX clocks; it
// never sleeps or yields.
#pragma once

#include <QElapsedTimer>

#include <ctime>

class GuiThreadTimer
{
public:
    GuiThreadTimer() { start(); }
    void start()
    {
        m_cpuStart = threadCpuNs();
        m_wall.start();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(threadCpuNs() - m_cpuStart) / 1e6; }

private:
    static qint64 threadCpuNs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }

    QElapsedTimer m_wall;
    qint64 m_cpuStart = 0;
};
