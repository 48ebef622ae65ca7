// Runs the real fincloud-onboard binary (FINCLOUD_BINARY, set by the build)
// headless, with a fixed time zone and in English (C.UTF-8), and returns
// what it printed.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    static ProgramRun start(
        const QStringList &arguments, const QProcessEnvironment &extra = QProcessEnvironment())
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Shanghai"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // English unless a test asks for another language (--help follows them).
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        for (const char *variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            environment.remove(QString::fromLatin1(variable));
        for (const QString &key : extra.keys())
            environment.insert(key, extra.value(key));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(FINCLOUD_BINARY), arguments);
        // Four minutes: the screenshot tour (light, dark and the notice pages
        // at 1024×700 and 2×) on a busy two-core machine.
        if (!process.waitForFinished(240000))
            return {};
        if (process.exitStatus() != QProcess::NormalExit)
            return {-2, process.readAllStandardOutput(), process.readAllStandardError()};
        return {
            process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }
};
