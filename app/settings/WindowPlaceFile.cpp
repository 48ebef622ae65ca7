#include "WindowPlaceFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString FrameKey = QStringLiteral("window/frame");
const QString ClientKey = QStringLiteral("window/size");
const QString MaximisedKey = QStringLiteral("window/maximised");
} // namespace

WindowPlaceFile::WindowPlaceFile(QString path) : m_path(std::move(path)) { }

QString WindowPlaceFile::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("fincloud-onboard/window.conf"));
}

WindowPlace WindowPlaceFile::read() const
{
    if (!QFileInfo(m_path).isFile())
        return {};
    const QSettings file(m_path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError)
        return {};
    WindowPlace place;
    place.frame = file.value(FrameKey).toRect();
    place.client = file.value(ClientKey).toSize();
    place.maximised = file.value(MaximisedKey).toBool();
    return place.isValid() ? place : WindowPlace {};
}

bool WindowPlaceFile::write(const WindowPlace &place) const
{
    if (!place.isValid() || !QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return false;
    QSettings file(m_path, QSettings::IniFormat);
    file.setValue(FrameKey, place.frame);
    file.setValue(ClientKey, place.client);
    file.setValue(MaximisedKey, place.maximised);
    file.sync();
    return file.status() == QSettings::NoError;
}
