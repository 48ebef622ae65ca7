#include "WelcomePage.h"
#include "widgets/Retranslation.h"

#include "ProfileRemoval.h"
#include "core/Clock.h"
#include "i18n/DateText.h"
#include "i18n/LanguageSwitcher.h"
#include "onboarding/StepText.h"
#include "pages/PageId.h"
#include "session/OnboardingSession.h"
#include "widgets/Callout.h"
#include "widgets/WrappingLabel.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(OnboardingSession &session, LanguageSwitcher &language, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_language(language)
    , m_intro(new WrappingLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_languageChoice(new QComboBox(this))
    , m_profilesLabel(new WrappingLabel(this))
    , m_profiles(new QListWidget(this))
    , m_chooseAnother(new QPushButton(this))
    , m_newLabel(new QLabel(this))
    , m_newCompany(new QLineEdit(this))
    , m_undoNote(new WrappingLabel(this))
    , m_undo(new QPushButton(this))
    , m_error(new Callout(Callout::Level::Warning, this))
    , m_privacy(new WrappingLabel(this))
    , m_removal(new ProfileRemoval(session, this))
{
    setObjectName(QStringLiteral("page_welcome"));
    m_intro->setObjectName(QStringLiteral("welcomeIntro"));
    m_languageChoice->setObjectName(QStringLiteral("languageChoice"));
    for (const QString &code : LanguageSwitcher::available())
        m_languageChoice->addItem(LanguageSwitcher::nativeName(code), code);
    m_languageLabel->setBuddy(m_languageChoice);
    m_profiles->setObjectName(QStringLiteral("profileList"));
    // A company's line names its progress: wrapped, never cut off at the side.
    m_profiles->setWordWrap(true);
    m_profiles->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_profiles->setResizeMode(QListView::Adjust);
    m_profilesLabel->setBuddy(m_profiles);
    m_chooseAnother->setObjectName(QStringLiteral("chooseCompanyButton"));
    m_chooseAnother->setAutoDefault(false);
    m_newCompany->setObjectName(QStringLiteral("newCompanyName"));
    m_newCompany->setMaxLength(200);
    m_newLabel->setBuddy(m_newCompany);
    m_profiles->setContextMenuPolicy(Qt::CustomContextMenu);
    m_profiles->installEventFilter(this);
    m_undoNote->setObjectName(QStringLiteral("welcomeDeletedNote"));
    m_undo->setObjectName(QStringLiteral("welcomeUndoDelete"));
    m_undo->setAutoDefault(false);
    m_undoNote->hide();
    m_undo->hide();
    m_error->setObjectName(QStringLiteral("welcomeError"));
    m_error->hide();
    m_privacy->setObjectName(QStringLiteral("welcomePrivacy"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto *languageRow = new QFormLayout;
    languageRow->addRow(m_languageLabel, m_languageChoice);
    layout->addLayout(languageRow);
    layout->addSpacing(6);
    layout->addWidget(m_profilesLabel);
    layout->addWidget(m_profiles, 1);
    layout->addWidget(m_chooseAnother, 0, Qt::AlignRight);
    auto *undoRow = new QHBoxLayout;
    undoRow->addWidget(m_undoNote, 1);
    undoRow->addWidget(m_undo);
    layout->addLayout(undoRow);
    auto *newRow = new QFormLayout;
    newRow->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    newRow->addRow(m_newLabel, m_newCompany);
    layout->addLayout(newRow);
    layout->addWidget(m_error);
    layout->addStretch(0); // takes the list's room while there is no list
    layout->addWidget(m_privacy);

    connect(m_languageChoice, &QComboBox::activated, this, &WelcomePage::onLanguageChosen);
    connect(m_chooseAnother, &QPushButton::clicked, this, &WelcomePage::chooseAnotherCompany);
    connect(m_profiles, &QWidget::customContextMenuRequested, this, &WelcomePage::showContextMenu);
    connect(m_undo, &QPushButton::clicked, m_removal, &ProfileRemoval::undoDelete);
    connect(m_removal, &ProfileRemoval::changed, this,
        [this](qint64 id, ProfileRemoval::Change change) {
            m_error->hide();
            const bool deleted = change == ProfileRemoval::Change::Deleted;
            if (deleted)
                m_undoNote->setText(tr("Deleted \"%1\". It is kept in the database and can be "
                                       "brought back.",
                    "@info")
                                        .arg(m_removal->lastDeleted().label));
            m_undoNote->setVisible(deleted);
            m_undo->setVisible(deleted);
            if (change == ProfileRemoval::Change::Undeleted)
                m_wanted = id;
            reloadProfiles();
        });
    connect(m_removal, &ProfileRemoval::failed, this, [this](const Error &error) {
        m_error->setText(error.message);
        m_error->setToolTip(error.details);
        m_error->show();
    });
    connect(m_profiles, &QListWidget::itemSelectionChanged, this, [this] {
        if (!m_profiles->selectedItems().isEmpty())
            m_newCompany->clear();
        emit completeChanged();
    });
    connect(m_profiles, &QListWidget::itemActivated, this, [this] {
        if (QWizard *w = wizard())
            w->next();
    });
    connect(m_newCompany, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_profiles->clearSelection();
        emit completeChanged();
    });
    retranslate();
    reloadProfiles();
    Retranslation::follow(this, [this] {
        retranslate();
        showProfiles();
    });
}

void WelcomePage::initializePage()
{
    reloadProfiles();
}

void WelcomePage::reloadProfiles()
{
    m_session.profiles(this, [this](const Result<QList<ProfileSummary>> &profiles) {
        if (!profiles) {
            m_error->setText(profiles.error().message);
            m_error->show();
            return;
        }
        m_summaries = profiles.value();
        showProfiles();
    });
}

void WelcomePage::showProfiles()
{
    const qint64 current = m_session.profile().id();
    const qint64 wanted = std::exchange(m_wanted, 0);
    m_profiles->clear();
    int shown = 0;
    for (const ProfileSummary &summary : std::as_const(m_summaries)) {
        // The open profile is always there, so that it can stay selected;
        // the archived ones are in the Companies dialog ("Show archived").
        if ((shown >= RecentShown || summary.archived) && summary.id != current)
            continue;
        ++shown;
        // Where the company stands, not the page last looked at.
        const QString where = summary.statusUnreadable
            ? tr("progress unreadable (damaged data)", "@item profile list")
            : StepText::progress(summary.statuses);
        QString text = summary.label + QStringLiteral(" — ") + where;
        if (summary.archived)
            text += QStringLiteral(" — ") + tr("archived", "@item profile list");
        if (summary.updatedAt.isValid())
            text += QStringLiteral(" (")
                + tr("last change %1", "@item profile list")
                      .arg(DateText::dateTime(summary.updatedAt, m_session.clock().timeZone()))
                + QLatin1Char(')');
        auto *item = new QListWidgetItem(text, m_profiles);
        item->setData(Qt::UserRole, summary.id);
        if (summary.id == (wanted ? wanted : current))
            m_profiles->setCurrentItem(item);
    }
    const bool any = m_profiles->count() > 0;
    m_profiles->setVisible(any);
    m_profilesLabel->setVisible(any);
    m_chooseAnother->setVisible(any);
    m_newLabel->setText(any ? tr("Or start a ne&w company:", "@label:textbox")
                            : tr("&Your company's name:", "@label:textbox"));
    if (m_profiles->count() > 0 && m_profiles->selectedItems().isEmpty()
        && m_newCompany->text().isEmpty())
        m_profiles->setCurrentRow(0);
    // The list may come after the page was shown (the store answers later).
    if (any && isVisible() && m_newCompany->text().isEmpty() && m_newCompany->hasFocus())
        m_profiles->setFocus(Qt::OtherFocusReason);
    emit completeChanged();
}

const ProfileSummary *WelcomePage::selectedSummary() const
{
    const QList<QListWidgetItem *> selected = m_profiles->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const qint64 id = selected.constFirst()->data(Qt::UserRole).toLongLong();
    for (const ProfileSummary &summary : m_summaries) {
        if (summary.id == id)
            return &summary;
    }
    return nullptr;
}

void WelcomePage::archiveSelected()
{
    if (const ProfileSummary *summary = selectedSummary())
        m_removal->setArchived({summary->id, summary->label, summary->version}, true);
}

void WelcomePage::deleteSelected()
{
    if (const ProfileSummary *summary = selectedSummary())
        m_removal->askAndDelete({summary->id, summary->label, summary->version});
}

void WelcomePage::showContextMenu(const QPoint &position)
{
    // A right click: on the company clicked.
    QListWidgetItem *item = m_profiles->itemAt(position);
    if (!item)
        return;
    m_profiles->setCurrentItem(item);
    popUpMenu(position);
}

void WelcomePage::popUpMenu(const QPoint &at)
{
    const ProfileSummary *summary = selectedSummary();
    if (!summary)
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("welcomeProfileMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Archive", "@action:inmenu"), this, &WelcomePage::archiveSelected)
        ->setEnabled(!summary->archived);
    menu->addAction(tr("&Delete…", "@action:inmenu"), this, &WelcomePage::deleteSelected)
        ->setEnabled(m_removal->canDelete(summary->id));
    menu->popup(m_profiles->viewport()->mapToGlobal(at));
}

bool WelcomePage::eventFilter(QObject *watched, QEvent *event)
{
    // The Menu key (Shift+F10): the selected company's menu, beside it.
    if (watched == m_profiles && event->type() == QEvent::ContextMenu
        && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        if (QListWidgetItem *current = m_profiles->currentItem())
            popUpMenu(m_profiles->visualItemRect(current).center());
        return true;
    }
    if (watched == m_profiles && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            deleteSelected();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void WelcomePage::focusFirstInput()
{
    if (m_profiles->count() > 0)
        m_profiles->setFocus(Qt::TabFocusReason);
    else
        m_newCompany->setFocus(Qt::TabFocusReason);
}

void WelcomePage::selectProfile(qint64 id)
{
    m_wanted = id;
    reloadProfiles();
}

bool WelcomePage::isComplete() const
{
    if (m_opening)
        return false;
    return !m_newCompany->text().trimmed().isEmpty() || !m_profiles->selectedItems().isEmpty();
}

bool WelcomePage::validatePage()
{
    // The profile asked for has opened: on to it.
    if (std::exchange(m_opened, false))
        return true;
    // QWizard::next() does not ask isComplete(); a walk by code must not pass either.
    if (!isComplete())
        return false;
    m_error->hide();
    m_opening = true;
    emit completeChanged(); // Next waits while the store answers
    const auto finished = [this](const Result<> &opened) {
        m_opening = false;
        emit completeChanged();
        if (!opened) {
            m_error->setText(opened.error().message);
            m_error->show();
            return;
        }
        m_newCompany->clear();
        m_opened = true;
        if (!m_validating) {
            if (QWizard *w = wizard())
                w->next(); // comes back here, and passes
        }
    };
    // An inline store answers before open() returns: then this call passes.
    m_validating = true;
    const QString name = m_newCompany->text().trimmed();
    if (name.isEmpty())
        m_session.open(m_profiles->selectedItems().constFirst()->data(Qt::UserRole).toLongLong(),
            this, finished);
    else
        m_session.create(name, this, finished);
    m_validating = false;
    return std::exchange(m_opened, false);
}

void WelcomePage::onLanguageChosen(int index)
{
    const QString code = m_languageChoice->itemData(index).toString();
    if (m_language.setLanguage(code))
        m_session.saveLanguage(code);
}

void WelcomePage::retranslate()
{
    setTitle(tr("Welcome", "@title page"));
    setSubTitle(tr("From a new Alibaba Cloud account to a planned Finance Cloud environment, "
                   "in five steps.",
        "@title"));
    m_intro->setText(tr("This assistant walks you through the Finance Cloud onboarding: "
                        "registration, real-name verification, Finance Cloud certification, "
                        "finance services, and the choice of region and network. Some steps "
                        "take days; your progress is saved as you go, so you can close the "
                        "window at any time and continue where you stopped.",
        "@info"));
    m_languageLabel->setText(tr("&Language:", "@label:listbox"));
    m_languageChoice->setAccessibleName(tr("Language", "@label:listbox"));
    {
        const int index = m_languageChoice->findData(m_language.language());
        if (index >= 0)
            m_languageChoice->setCurrentIndex(index);
    }
    m_profilesLabel->setText(tr("&Saved companies:", "@label:listbox"));
    m_profiles->setAccessibleName(tr("Saved companies", "@label:listbox"));
    m_profiles->setToolTip(
        tr("Delete key or context menu: archive or delete a company.", "@info:tooltip"));
    m_undo->setText(tr("&Undo", "@action:button"));
    m_undo->setAccessibleName(tr("Undo the deletion", "@action:button"));
    m_chooseAnother->setText(tr("Ch&oose another company…", "@action:button"));
    m_chooseAnother->setAccessibleName(tr("Choose another company", "@action:button"));
    m_chooseAnother->setToolTip(
        tr("Every company's profile: search by name or credit code, filter by status.",
            "@info:tooltip"));
    m_newCompany->setAccessibleName(tr("Name of a new company", "@label:textbox"));
    m_newCompany->setPlaceholderText(
        tr("Company name as on the business licence", "@info:placeholder"));
    m_privacy->setText(privacyText());
}

QString WelcomePage::privacyText() const
{
    // What the code does, no more: the store is a local file or the shared
    // server the user chose; the only other connections are the account
    // checks' read-only OpenAPI calls (PublicResourceCheck, LiveZoneQuery),
    // which carry region ids and paging, never company data; the secret is
    // kept by CloudAccess in memory or, when asked, in the keychain.
    const StoreClient &store = m_session.store();
    const QString where = store.isShared()
        ? tr("Your progress is saved in your team's shared database (%1). Apart from that, "
             "nothing is sent anywhere unless you start an account check: the check sends "
             "read-only requests to Alibaba Cloud's API, signed with your AccessKey, and no "
             "company data.",
            "@info %1 the database server")
              .arg(store.location())
        : tr("Your progress is saved in a file on this computer, and nothing is sent anywhere "
             "unless you start an account check: the check sends read-only requests to Alibaba "
             "Cloud's API, signed with your AccessKey, and no company data.",
            "@info");
    const QString secret = tr("The AccessKey secret stays in memory until you close the "
                              "program, unless you ask to remember it in this computer's "
                              "keychain. Your Alibaba Cloud password is never asked for.",
        "@info");
    return tr("%1 %2", "@info two sentences in a row").arg(where, secret);
}
