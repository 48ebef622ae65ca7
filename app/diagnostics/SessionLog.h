// The session log: every message of the program's logging categories (and
// Qt's warnings) written, redacted, to a new file per start in the log folder
// (folder 0700, file 0600, the newest few files kept, each capped in size),
// and echoed to standard error when serious or when asked with -v. The file
// is always created new (O_EXCL): a symbolic link, FIFO or device already at
// its name is refused, never followed or written into. A failed write ends
// the file and says so on standard error. It must never write a line the
// Redactor has not seen.
#pragma once

#include "core/Result.h"
#include "diagnostics/Redactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

class SessionLog
{
    Q_DECLARE_TR_FUNCTIONS(SessionLog)
public:
    struct Options
    {
        QString folder = {}; // empty: no file, standard error only (headless commands)
        bool verbose = false; // debug lines too, and every line echoed to standard error
        int filesKept = 5;
        qint64 maxBytes = 2 * 1024 * 1024;
        Redactor redactor = {};
    };

    explicit SessionLog(Options options);
    // Uninstalls the message handler (Qt's default one is back).
    ~SessionLog();
    SessionLog(const SessionLog &) = delete;
    SessionLog &operator=(const SessionLog &) = delete;

    // Creates the folder and this session's file, removes the oldest files,
    // and becomes the program's message handler. Without a folder it only
    // becomes the handler. On an error messages still go to standard error.
    Result<> start();

    // This session's file; empty before start() or without a folder.
    QString filePath() const { return m_filePath; }

    void addSecret(const QString &secret);
    // A copy of the redactor the log uses (for text that leaves by other ways).
    Redactor redactor() const;

    // <AppLocalDataLocation>/logs
    static QString defaultFolder();
    // The session logs in `folder`, newest first.
    static QStringList files(const QString &folder);
    // The last `count` lines of the file (fewer when it is shorter).
    static QStringList tail(const QString &path, int count);

    static QString formatLine(
        QtMsgType type, const char *category, const QString &message, const QDateTime &at);

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void write(QtMsgType type, const QMessageLogContext &context, const QString &message);
    Result<> openFile();

    Options m_options;
    QString m_filePath;
    QFile m_file;
    qint64 m_written = 0;
    bool m_capped = false;
    bool m_installed = false;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
};
