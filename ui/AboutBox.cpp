#include "AboutBox.h"

#include "ProgramIcon.h"
#include "diagnostics/DiagnosticsReport.h"
#include "widgets/Retranslation.h"

#include <QDir>
#include <QStyle>

AboutBox::AboutBox(const QString &databaseLocation, QWidget *parent)
    : QMessageBox(parent)
    , m_databaseLocation(databaseLocation)
{
    setObjectName(QStringLiteral("aboutBox"));
    setIcon(QMessageBox::NoIcon);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    setIconPixmap(ProgramIcon::icon().pixmap(iconSize * 3 / 2));
    // A path may hold "<" or "&": plain text, and selectable for an e-mail to support.
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStandardButtons(QMessageBox::Close);
    setWindowModality(Qt::WindowModal);
    retranslate();
    Retranslation::follow(this, [this] { retranslate(); });
}

QString AboutBox::licence()
{
    return QStringLiteral(FINCLOUD_LICENSE);
}

void AboutBox::retranslate()
{
    setWindowTitle(tr("About fincloud-onboard", "@title:window"));
    setAccessibleName(windowTitle());
    setText(tr("Finance Cloud Onboarding %1", "@title program name and version")
                .arg(QStringLiteral(FINCLOUD_VERSION)));
    const QString location
        = DiagnosticsReport::databaseKind(m_databaseLocation) == DiagnosticsReport::Sqlite
        ? QDir::toNativeSeparators(m_databaseLocation)
        : m_databaseLocation;
    setInformativeText(
        tr("Guides an enterprise through Alibaba Cloud Finance Cloud onboarding.", "@info")
        + QStringLiteral("\n\n")
        + tr("Program: fincloud-onboard %1", "@info").arg(QStringLiteral(FINCLOUD_VERSION)) + u'\n'
        + tr("Licence: %1", "@info").arg(licence()) + u'\n'
        + tr("Qt: %1 (built with %2)", "@info")
              .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
        + u'\n'
        + tr("Progress database (%1): %2", "@info %1 SQLite or PostgreSQL")
              .arg(DiagnosticsReport::databaseKind(m_databaseLocation), location));
}
