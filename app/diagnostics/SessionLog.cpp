#include "SessionLog.h"

#include "core/OwnerOnlyFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QStandardPaths>

#include <atomic>
#include <cstdio>

namespace {

// Qt calls a plain function for every message; this is the log it writes to.
std::atomic<SessionLog *> active = nullptr;

const QString FilePrefix = QStringLiteral("session-");
const QString FileSuffix = QStringLiteral(".log");

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

} // namespace

SessionLog::SessionLog(Options options) : m_options(std::move(options)) { }

SessionLog::~SessionLog()
{
    if (m_installed) {
        qInstallMessageHandler(m_previous);
        active = nullptr;
    }
    QMutexLocker locker(&m_mutex);
    m_file.close();
}

QString SessionLog::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/logs");
}

QStringList SessionLog::files(const QString &folder)
{
    // The names carry the start time, so the name order is the age order.
    QStringList names = QDir(folder).entryList(
        {FilePrefix + QLatin1Char('*') + FileSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &name : names)
        name = QDir(folder).filePath(name);
    return names;
}

QStringList SessionLog::tail(const QString &path, int count)
{
    QFile file(path);
    if (count <= 0 || !file.open(QIODevice::ReadOnly))
        return {};
    // Files are capped in size; still read only the end.
    constexpr qint64 TailBytes = 256 * 1024;
    if (file.size() > TailBytes)
        file.seek(file.size() - TailBytes);
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (file.size() > TailBytes && !lines.isEmpty())
        lines.removeFirst(); // cut in the middle
    return lines.mid(qMax(qsizetype(0), lines.size() - count));
}

QString SessionLog::formatLine(
    QtMsgType type, const char *category, const QString &message, const QDateTime &at)
{
    QString text = message;
    // One entry per line: continuation lines are indented.
    text.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    return QStringLiteral("%1 %2 %3: %4\n")
        .arg(at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODateWithMs),
            QLatin1String(levelName(type)), QLatin1String(category ? category : "default"), text);
}

void SessionLog::addSecret(const QString &secret)
{
    QMutexLocker locker(&m_mutex);
    m_options.redactor.addSecret(secret);
}

Redactor SessionLog::redactor() const
{
    QMutexLocker locker(&m_mutex);
    return m_options.redactor;
}

Result<> SessionLog::start()
{
    // QT_LOGGING_RULES still wins over this, for one-off investigations.
    QLoggingCategory::setFilterRules(m_options.verbose ? QStringLiteral("fincloud.*.debug=true")
                                                       : QStringLiteral("fincloud.*.debug=false"));
    m_previous = qInstallMessageHandler(&SessionLog::handle);
    active = this;
    m_installed = true;
    if (m_options.folder.isEmpty())
        return {};
    QMutexLocker locker(&m_mutex);
    return openFile();
}

Result<> SessionLog::openFile()
{
    const QString folder = m_options.folder;
    // Its parent is the database's folder too: both owner-only when made here.
    if (!OwnerOnlyFolder::create(folder))
        return Error {tr("The log folder %1 cannot be created.", "@info")
                          .arg(QDir::toNativeSeparators(folder)),
            QString()};
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QString name = FilePrefix
        // Short digit groups: the redactor takes long digit runs for ID numbers.
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss-zzz"))
        + QLatin1Char('_') + QString::number(QCoreApplication::applicationPid()) + FileSuffix;
    m_file.setFileName(QDir(folder).filePath(name));
    // Created 0600 at once: no moment in which others could read it. NewOnly
    // (O_CREAT | O_EXCL): the name is new for every start, so whatever is
    // there already (a symbolic link planted to make the log write elsewhere,
    // a FIFO, a device) is refused, never followed or replaced.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Text,
            QFile::ReadOwner | QFile::WriteOwner))
        return Error {tr("The log file %1 cannot be written.", "@info")
                          .arg(QDir::toNativeSeparators(m_file.fileName())),
            m_file.errorString()};
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    m_filePath = m_file.fileName();

    const QStringList all = files(folder);
    for (qsizetype i = qMax(1, m_options.filesKept); i < all.size(); ++i)
        QFile::remove(all.at(i));
    return {};
}

void SessionLog::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (SessionLog *log = active.load())
        log->write(type, context, message);
}

void SessionLog::write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker locker(&m_mutex);
    const QString clean = m_options.redactor.redact(message);
    if (m_file.isOpen() && !m_capped) {
        QByteArray line
            = formatLine(type, context.category, clean, QDateTime::currentDateTime()).toUtf8();
        if (m_written + line.size() > m_options.maxBytes) {
            m_capped = true;
            line = formatLine(QtWarningMsg, "fincloud.log",
                QStringLiteral("The log reached its size limit; later lines are not written."),
                QDateTime::currentDateTime())
                       .toUtf8();
        }
        if (m_file.write(line) == line.size() && m_file.flush()) {
            m_written += line.size();
        } else {
            // A full disk, say: the file ends here, and standard error says why.
            const QString reason = m_file.errorString();
            m_file.close();
            if (m_previous)
                m_previous(QtWarningMsg, context,
                    QStringLiteral("The session log %1 cannot be written (%2); later messages go "
                                   "to standard error only.")
                        .arg(QDir::toNativeSeparators(m_filePath), reason));
        }
    }
    // QtInfoMsg sorts after QtFatalMsg: name the serious ones.
    const bool serious = type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
    if ((serious || m_options.verbose) && m_previous)
        m_previous(type, context, clean);
}
