#include "OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>
#include <utility>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString RefusedCode = QStringLiteral("output.refused");
const QString FailedCode = QStringLiteral("output.failed");

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error refused(const QString &message, const char *what)
{
    return Error {message, QLatin1String(what), RefusedCode};
}

// The mode of the regular file at `path`, nothing when the name is new, or
// why the name is not one to write.
Result<std::optional<mode_t>> inspect(const QString &path)
{
    struct stat status
    { };
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0) {
        if (errno == ENOENT)
            return std::optional<mode_t>();
        return Error {OutputFile::tr("Cannot write %1.", "@info").arg(shown(path)),
            QStringLiteral("lstat: %1").arg(qt_error_string(errno)), FailedCode};
    }
    if (S_ISLNK(status.st_mode))
        return refused(OutputFile::tr("%1 is a symbolic link, so it was not written: the file it "
                                      "points to is left as it is. Give the path of the file "
                                      "itself, or a new name.",
                           "@info")
                           .arg(shown(path)),
            "symbolic link");
    if (S_ISDIR(status.st_mode))
        return refused(
            OutputFile::tr("%1 is a folder. Give the name of a file.", "@info").arg(shown(path)),
            "directory");
    if (!S_ISREG(status.st_mode))
        return refused(OutputFile::tr("%1 is not an ordinary file (it is a device, a pipe or a "
                                      "socket), so it was left as it is. Give the name of an "
                                      "ordinary file, or a new name.",
                           "@info")
                           .arg(shown(path)),
            S_ISFIFO(status.st_mode)       ? "FIFO"
                : S_ISSOCK(status.st_mode) ? "socket"
                                           : "device");
    // A rename would replace it anyway; QSaveFile refuses, and so does this.
    if (::access(QFile::encodeName(path).constData(), W_OK) != 0)
        return refused(
            OutputFile::tr("%1 is read-only, so it was left as it is.", "@info").arg(shown(path)),
            "not writable");
    return std::optional<mode_t>(status.st_mode);
}

// Makes the rename itself durable. Best effort: the new file is in place
// already, and after a crash without it the old file comes back whole.
void syncFolderOf(const QString &path)
{
    const int folder = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
        O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder < 0)
        return;
    ::fsync(folder);
    ::close(folder);
}

} // namespace

OutputFile::OutputFile(QString path, QObject *parent) : QIODevice(parent), m_path(std::move(path))
{ }

OutputFile::~OutputFile()
{
    discard();
}

Result<> OutputFile::checkTarget(const QString &path)
{
    const Result<std::optional<mode_t>> target = inspect(path);
    if (!target)
        return target.error();
    return {};
}

Result<> OutputFile::create()
{
    discard();
    m_writeError = 0;
    const Result<std::optional<mode_t>> target = inspect(m_path);
    if (!target)
        return target.error();
    m_replacing = target.value().has_value();
    m_mode = m_replacing ? (*target.value() & S_IRWXU) : (S_IRUSR | S_IWUSR);

    // Beside the target, so that the rename stays in one file system.
    QByteArray pattern = QFile::encodeName(
        QFileInfo(m_path).absolutePath() + QStringLiteral("/.fincloud-onboard-XXXXXX"));
    // Created with O_EXCL and mode 0600: nobody else can have it open.
    const int descriptor = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (descriptor < 0)
        return failure(errno, "creating a temporary file beside it");
    m_descriptor = descriptor;
    m_temporaryPath = pattern;
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {};
}

qint64 OutputFile::readData(char *, qint64)
{
    return -1;
}

qint64 OutputFile::writeData(const char *data, qint64 size)
{
    // QPdfWriter does not look at write results: the first failure sticks,
    // and commit() reports it.
    if (m_writeError != 0 || m_descriptor < 0)
        return -1;
    qint64 written = 0;
    while (written < size) {
        const ssize_t count = ::write(m_descriptor, data + written, size_t(size - written));
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0) {
            m_writeError = count < 0 ? errno : EIO;
            return -1;
        }
        written += count;
    }
    return written;
}

Result<> OutputFile::commit()
{
    const auto fail = [this](int error, const char *step) {
        const Error reason = failure(error, step);
        discard();
        return reason;
    };
    if (m_descriptor < 0)
        return fail(EBADF, "commit without a temporary file");
    if (m_writeError != 0)
        return fail(m_writeError, "write");
    // A file system may report a lack of space only when the data reaches the
    // disk. EINVAL: this file system cannot sync, there is nothing to wait for.
    if (::fsync(m_descriptor) != 0 && errno != EINVAL)
        return fail(errno, "fsync");
    if (::fchmod(m_descriptor, m_mode) != 0)
        return fail(errno, "fchmod");
    // On Linux a close() interrupted by a signal has closed the file; the
    // data was synced above.
    if (::close(std::exchange(m_descriptor, -1)) != 0 && errno != EINTR)
        return fail(errno, "close");
    // What the name is may have changed since create(): look again.
    if (const Result<> target = checkTarget(m_path); !target) {
        discard();
        return target;
    }
    if (::rename(m_temporaryPath.constData(), QFile::encodeName(m_path).constData()) != 0)
        return fail(errno, "rename");
    m_temporaryPath.clear();
    syncFolderOf(m_path);
    QIODevice::close();
    return {};
}

void OutputFile::discard()
{
    if (m_descriptor >= 0)
        ::close(std::exchange(m_descriptor, -1));
    if (!m_temporaryPath.isEmpty())
        ::unlink(std::exchange(m_temporaryPath, QByteArray()).constData());
    if (isOpen())
        QIODevice::close();
}

Result<> OutputFile::save(const QString &path, const QByteArray &bytes)
{
    OutputFile file(path);
    if (Result<> created = file.create(); !created)
        return created;
    // A failed write is remembered: commit() reports it and writes nothing.
    file.write(bytes);
    return file.commit();
}

Error OutputFile::failure(int error, const char *step) const
{
    QString message = error == ENOSPC || error == EDQUOT
        ? tr("There is no room left on the disk: %1 was not written.", "@info").arg(shown(m_path))
        : tr("Cannot write %1.", "@info").arg(shown(m_path));
    if (m_replacing)
        message += QLatin1Char(' ') + tr("The existing file is unchanged.", "@info");
    return Error {message,
        QStringLiteral("%1: %2").arg(QLatin1String(step), qt_error_string(error)), FailedCode};
}
