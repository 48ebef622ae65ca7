// The rows a benchmark program contributes to bench/run's table: figure,
// measured, target, met. Each row is printed, and appended as one
// tab-separated line to the file FINCLOUD_BENCH_RESULTS names (if any), where
// bench/run collects the rows of every program. It never decides a target:
// the caller says whether it was met.
#pragma once

#include <QFile>
#include <QString>
#include <QTextStream>

#include <cstdio>

class ResultTable
{
public:
    enum class Met { Yes, No, ReportOnly };

    static void add(const QString &figure, const QString &measured, const QString &target, Met met)
    {
        const QString verdict = met == Met::Yes ? QStringLiteral("yes")
            : met == Met::No                    ? QStringLiteral("NO")
                                                : QStringLiteral("—");
        const QString line = figure + QLatin1Char('\t') + measured + QLatin1Char('\t') + target
            + QLatin1Char('\t') + verdict;
        std::printf("ROW %s\n", qPrintable(line));
        std::fflush(stdout);
        const QString path = qEnvironmentVariable("FINCLOUD_BENCH_RESULTS");
        if (path.isEmpty())
            return;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            std::fprintf(stderr, "cannot append to %s\n", qPrintable(path));
            return;
        }
        QTextStream(&file) << line << '\n';
    }
    static Met met(bool yes) { return yes ? Met::Yes : Met::No; }
};
