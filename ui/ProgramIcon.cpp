#include "ProgramIcon.h"

#include <QDir>
#include <QFile>

QIcon ProgramIcon::icon()
{
    // PNGs rather than the SVG: no dependency on Qt's SVG icon engine, and
    // the small sizes are the ones drawn for small sizes.
    QIcon icon;
    const QDir hicolor(QStringLiteral(":/fincloud/icons/hicolor"));
    const QString name = QStringLiteral(FINCLOUD_APP_ID ".png");
    for (const QString &size : hicolor.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString file = hicolor.filePath(size + QStringLiteral("/apps/") + name);
        if (QFile::exists(file))
            icon.addFile(file);
    }
    return icon;
}
