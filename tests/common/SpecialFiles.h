// Things at a file's name that are not a file, for tests of the outputs
// (OutputFile): a symbolic link to a file, a FIFO, a character device (root
// only), a folder; a full disk (root only: a small tmpfs, filled); and what
// a test compares before and after: bytes, mode, kind.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

#include <cerrno>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace SpecialFiles {

inline bool isRoot()
{
    return geteuid() == 0;
}

inline QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes, mode_t mode = 0644)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()
        || !file.flush())
        return false;
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

// lstat: what is at the name itself; st_mode 0 when nothing is.
inline struct stat statusOf(const QString &path)
{
    struct stat status
    { };
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        status.st_mode = 0;
    return status;
}

// What stands at a path, for "untouched" comparisons: its mode, a regular
// file's SHA-256, a link's target.
inline QByteArray fingerprint(const QString &path)
{
    const struct stat status = statusOf(path);
    QByteArray print = QByteArray::number(status.st_mode, 8);
    if (S_ISREG(status.st_mode))
        print
            += ' ' + QCryptographicHash::hash(contentOf(path), QCryptographicHash::Sha256).toHex();
    if (S_ISLNK(status.st_mode))
        print += " -> " + QFile::encodeName(QFile::symLinkTarget(path));
    return print;
}

// Every entry of `folder` (hidden ones too) with its fingerprint.
inline QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> entries;
    for (const QString &name : QDir(folder).entryList(
             QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        entries.insert(name, fingerprint(folder + QLatin1Char('/') + name));
    return entries;
}

inline bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// A copy of /dev/null (1,3): writing into it would lose the bytes, replacing
// it would break everything that uses it.
inline bool makeNullDevice(const QString &path)
{
    return ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0;
}

// Names in `folder` an output may have left behind (temporary files).
inline QStringList leftovers(const QString &folder, const QStringList &expected)
{
    QStringList names = QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : expected)
        names.removeAll(name);
    return names;
}

// A 1 MiB tmpfs mounted on `folder`, then filled to the last byte by a file
// named "filler"; unmounted when it goes. Needs root (CAP_SYS_ADMIN).
class FullDisk
{
public:
    explicit FullDisk(QString folder) : m_folder(std::move(folder))
    {
        if (::mount("tmpfs", QFile::encodeName(m_folder).constData(), "tmpfs", 0, "size=1m") != 0) {
            m_problem = QStringLiteral("mount -t tmpfs: %1").arg(qt_error_string(errno));
            return;
        }
        m_mounted = true;
    }
    ~FullDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
    }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString problem() const { return m_problem; }

    // Writes "filler" until the disk says it is full; true when it did.
    bool fill()
    {
        const int descriptor = ::open(QFile::encodeName(m_folder + QStringLiteral("/filler")),
            O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (descriptor < 0)
            return false;
        const QByteArray block(4096, 'f');
        bool full = false;
        // A short write takes the last bytes that fit; the next one fails.
        for (;;) {
            if (::write(descriptor, block.constData(), size_t(block.size())) < 0) {
                full = errno == ENOSPC;
                break;
            }
        }
        ::close(descriptor);
        return full;
    }

private:
    QString m_folder;
    QString m_problem;
    bool m_mounted = false;
};

} // namespace SpecialFiles
