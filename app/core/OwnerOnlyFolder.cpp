#include "OwnerOnlyFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

bool OwnerOnlyFolder::create(const QString &path)
{
    // QDir::mkpath() would create the missing parents with the umask's mode
    // (0755 as a rule): a parent made for the logs is the database's folder.
    QStringList missing;
    for (QString folder = QDir::cleanPath(QDir(path).absolutePath()); !QFileInfo::exists(folder);
         folder = QFileInfo(folder).absolutePath()) {
        if (missing.contains(folder))
            break; // the root: nothing above it
        missing.prepend(folder);
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(
                folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)
            && !QFileInfo(folder).isDir())
            return false;
    }
    return QFileInfo(path).isDir();
}
