// A throw-away home for one run of the real program: XDG data and config
// folders in a temporary folder (session logs, settings files), and the
// helpers the program tests of this folder share.
#pragma once

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

struct DesktopEnvironment
{
    QTemporaryDir dir;

    QString path(const QString &name) const { return dir.filePath(name); }
    QString database() const { return path("data/progress.sqlite"); }
    QString logFolder() const { return path("xdg-data/fincloud-onboard/logs"); }
    QString systemConfig() const { return path("xdg-etc/fincloud-onboard/fincloud-onboard.conf"); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment;
        environment.insert("XDG_DATA_HOME", path("xdg-data"));
        environment.insert("XDG_CONFIG_HOME", path("xdg-config"));
        environment.insert("XDG_CONFIG_DIRS", path("xdg-etc"));
        environment.insert("XDG_RUNTIME_DIR", path("xdg-runtime"));
        return environment;
    }

    bool write(const QString &file, const QByteArray &text) const
    {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        return out.open(QIODevice::WriteOnly) && out.write(text) == text.size();
    }

    // Every session log of this run, joined.
    QString logs() const
    {
        QString all;
        const QDir folder(logFolder());
        for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
            QFile file(folder.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all += QString::fromUtf8(file.readAll());
        }
        return all;
    }
};
