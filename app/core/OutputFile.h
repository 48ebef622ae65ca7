// A file the user names for the program to write (`export --out`,
// `checklist --out`, the wizard's Export… and Print checklist…), written all
// or nothing. The bytes go into a new temporary file beside it, which is
// written, flushed and synced with every result checked, and only then
// renamed over the name: after any failure (a full disk, a quota, an I/O
// error) an older file of that name is byte for byte what it was, and the
// caller gets an Error, never a success.
//
// Only a new name or an existing regular file is accepted. A symbolic link is
// refused, never followed (lstat; and a rename replaces a name, never what it
// points to); a folder, FIFO, socket or device is refused and left alone.
//
// Permissions: these files hold personal data. A new file is 0600. A replaced
// file keeps what QSaveFile would keep, its old mode, unless that is wider
// than owner-only: the owner's bits stay, group's and others' are removed
// (0600 stays 0600, 0644 becomes 0600, 0750 becomes 0700).
//
// Not QSaveFile: in Qt 6.4 it writes through a symbolic link into its target,
// and its commit() reports success when the last buffered write fails for
// lack of space, leaving an empty file in place of the old one.
//
// POSIX only (lstat, mkostemp, fsync, rename). Must never write anywhere but
// its own temporary file and the name it was given, and never report success
// for bytes that are not in the file.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

class OutputFile : public QIODevice
{
    Q_OBJECT
public:
    explicit OutputFile(QString path, QObject *parent = nullptr);
    // An uncommitted temporary file is removed; the name stays as it was.
    ~OutputFile() override;

    // Checks the name (checkTarget()) and creates the temporary file; the
    // device is then open for writing.
    Result<> create();
    // Syncs the temporary file, sets its permissions and renames it over the
    // name. An error when any write failed or any step fails; the name is
    // then as it was.
    Result<> commit();
    // Removes the temporary file (also what an error in commit() does).
    void discard();

    // create(), one write and commit().
    static Result<> save(const QString &path, const QByteArray &bytes);
    // Whether `path` is a name this class writes: new, or a regular file the
    // user may write. The error names the file and says why not.
    static Result<> checkTarget(const QString &path);

    // Written front to back: seeking is not supported.
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    Error failure(int error, const char *step) const;

    QString m_path;
    QByteArray m_temporaryPath; // in the file system's encoding
    int m_descriptor = -1;
    unsigned m_mode = 0600;
    bool m_replacing = false;
    int m_writeError = 0; // the first failed write's errno: a later commit() fails
};
