#include "StoreNotice.h"
#include "Retranslation.h"

#include "Callout.h"
#include "i18n/DateText.h"
#include "session/EventText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QPushButton>
#include <QVBoxLayout>

StoreNotice::StoreNotice(QWidget *parent)
    : QWidget(parent)
    , m_callout(new Callout(Callout::Level::Warning, this))
    , m_reload(new QPushButton(this))
    , m_discard(new QPushButton(this))
{
    setObjectName(QStringLiteral("storeNotice"));
    m_callout->setObjectName(QStringLiteral("storeNoticeText"));
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_discard->setObjectName(QStringLiteral("discardKeptEditsButton"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_callout);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_discard);
    buttons->addWidget(m_reload);
    layout->addLayout(buttons);
    connect(m_reload, &QPushButton::clicked, this, &StoreNotice::reloadRequested);
    connect(m_discard, &QPushButton::clicked, this, &StoreNotice::discardKeptForDeletedRequested);
    refresh();
    Retranslation::follow(this, [this] { refresh(); });
}

void StoreNotice::showConflict(const QList<ProfileEvent> &changes, const QTimeZone &zone)
{
    m_changes = changes;
    m_zone = zone;
    m_conflictShown = true;
    refresh();
}

void StoreNotice::clearConflict()
{
    m_changes.clear();
    m_conflictShown = false;
    refresh();
}

void StoreNotice::showConnectionLost()
{
    m_connectionLost = true;
    refresh();
}

void StoreNotice::showConnectionRestored()
{
    m_connectionLost = false;
    refresh();
}

void StoreNotice::showKeptEdits(int count)
{
    m_keptEdits = std::max(count, 0);
    refresh();
}

void StoreNotice::showKeptForDeleted(int count, const QStringList &companies)
{
    m_keptForDeleted = std::max(count, 0);
    m_deletedCompanies = companies;
    refresh();
}

void StoreNotice::showDamagedData(
    const QString &company, qint64 profileId, const QStringList &unreadable)
{
    m_company = company;
    m_profileId = profileId;
    m_unreadable = unreadable;
    refresh();
}

void StoreNotice::refresh()
{
    // No Alt+letter: these buttons can show over any page, and every letter
    // a word here offers is taken on one page or another (a shared letter
    // only moves the focus). Reload has the refresh key instead; both are
    // in the Tab order.
    m_reload->setText(tr("Reload", "@action:button"));
    m_reload->setAccessibleName(m_reload->text());
    m_reload->setShortcut(QKeySequence::Refresh);
    m_reload->setToolTip(tr("Show the profile as it is saved now (%1). Your changes that were "
                            "not saved are dropped.",
        "@info:tooltip %1 the key, F5")
                             .arg(m_reload->shortcut().toString(QKeySequence::NativeText)));
    m_reload->setVisible(m_conflictShown);
    m_discard->setText(tr("Discard Them", "@action:button edits kept for a deleted profile"));
    m_discard->setAccessibleName(m_discard->text());
    m_discard->setToolTip(
        tr("Forget the edits kept on this computer for the deleted profile.", "@info:tooltip"));
    m_discard->setVisible(m_keptForDeleted > 0);
    setVisible(m_conflictShown || m_connectionLost || m_keptEdits > 0 || m_keptForDeleted > 0
        || isShowingDamagedData());

    QStringList parts;
    if (isShowingDamagedData()) {
        parts << tr("Damaged data in the profile of %1 (profile %2): the database holds values "
                    "this program cannot read. They are not shown as \"not started\" or empty; "
                    "check them before you rely on this profile:",
            "@info")
                     .arg(m_company.isEmpty() ? tr("(no company name)", "@info") : m_company)
                     .arg(m_profileId)
                     .toHtmlEscaped();
        for (const QString &entry : std::as_const(m_unreadable))
            parts << QStringLiteral("• ") + entry.toHtmlEscaped();
    }
    if (m_connectionLost)
        parts << tr("Connection to the shared database lost — your edits are kept and will be "
                    "saved when it is back.",
            "@info")
                     .toHtmlEscaped();
    if (m_keptEdits > 0 && !m_conflictShown)
        parts << tr("%n edit(s) that could not reach the shared database are kept on this "
                    "computer and will be saved when it can be reached.",
            "@info", m_keptEdits)
                     .toHtmlEscaped();
    if (m_keptForDeleted > 0)
        parts << tr("%n edit(s) kept on this computer belong to a profile that was deleted "
                    "meanwhile (%1), so they cannot be saved.",
            "@info", m_keptForDeleted)
                     .arg(QLocale().createSeparatedList(m_deletedCompanies))
                     .toHtmlEscaped();
    if (m_conflictShown) {
        parts << tr(
            "Someone else changed this profile, so your latest changes were not saved.", "@info")
                     .toHtmlEscaped();
        const qsizetype first = std::max<qsizetype>(0, m_changes.size() - ChangesShown);
        for (qsizetype i = m_changes.size() - 1; i >= first; --i) {
            const ProfileEvent &change = m_changes.at(i);
            parts << tr("%1, %2: %3", "@info who, when: what")
                         .arg(EventText::who(change), DateText::dateTime(change.at, m_zone),
                             EventText::describe(change))
                         .toHtmlEscaped();
        }
        if (first > 0)
            parts << tr("… and %n earlier change(s) (see the timeline).", "@info", int(first))
                         .toHtmlEscaped();
        if (m_keptEdits > 0)
            parts << tr("%n edit(s) kept on this computer were not saved either: Reload drops "
                        "them; closing the window keeps them for the next start.",
                "@info", m_keptEdits)
                         .toHtmlEscaped();
        parts << tr("Reload to see the profile as it is now.", "@info").toHtmlEscaped();
    }
    m_callout->setLevel(m_conflictShown || isShowingDamagedData() ? Callout::Level::Warning
                                                                  : Callout::Level::Caution);
    m_callout->setText(parts.join(QStringLiteral("<br>")));
    m_callout->setAccessibleName(m_conflictShown   ? tr("Profile changed by someone else", "@label")
            : isShowingDamagedData()               ? tr("Damaged data in this profile", "@label")
            : m_keptEdits > 0 && !m_connectionLost ? tr("Edits waiting to be saved", "@label")
            : m_keptForDeleted > 0 && !m_connectionLost
            ? tr("Edits kept for a deleted profile", "@label")
            : tr("Shared database unreachable", "@label"));
}
