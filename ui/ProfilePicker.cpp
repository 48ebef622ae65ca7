#include "ProfilePicker.h"
#include "widgets/Retranslation.h"

#include "ProfileRemoval.h"
#include "directory/ProfileListModel.h"
#include "session/OnboardingSession.h"
#include "widgets/Callout.h"
#include "widgets/Mnemonic.h"

#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ProfilePicker::ProfilePicker(OnboardingSession &session, ConnectionOpener opener, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new ProfileListModel(std::move(opener), session.clock(), this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_filterLabel(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_showArchived(new QCheckBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_clearFilter(new QPushButton(this))
    , m_undoNote(new QLabel(this))
    , m_undo(new QPushButton(this))
    , m_error(new Callout(Callout::Level::Warning, this))
    , m_archive(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_removal(new ProfileRemoval(session, this))
{
    setObjectName(QStringLiteral("profilePicker"));
    m_search->setObjectName(QStringLiteral("profileSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(200);
    m_searchLabel->setBuddy(m_search);
    m_filter->setObjectName(QStringLiteral("profileStatusFilter"));
    for (StandingFilter filter : {StandingFilter::All, StandingFilter::Waiting,
             StandingFilter::Overdue, StandingFilter::Done})
        m_filter->addItem(QString(), static_cast<int>(filter));
    m_filterLabel->setBuddy(m_filter);
    m_showArchived->setObjectName(QStringLiteral("showArchivedProfiles"));

    m_table->setObjectName(QStringLiteral("profileTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        ProfileListModel::CompanyColumn, QHeaderView::Stretch);
    // The order the model starts in; then the header decides.
    m_table->horizontalHeader()->setSortIndicator(
        ProfileListModel::LastChangeColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    m_count->setObjectName(QStringLiteral("profileCount"));
    m_count->setWordWrap(true);
    m_clearFilter->setObjectName(QStringLiteral("clearProfileFilter"));
    m_clearFilter->setAutoDefault(false);
    m_clearFilter->hide();
    m_undoNote->setObjectName(QStringLiteral("profileDeletedNote"));
    m_undo->setObjectName(QStringLiteral("undoProfileDelete"));
    m_undo->setAutoDefault(false);
    m_undoNote->hide();
    m_undo->hide();
    m_error->setObjectName(QStringLiteral("profilePickerError"));
    m_error->hide();
    m_archive->setObjectName(QStringLiteral("archiveProfileButton"));
    m_delete->setObjectName(QStringLiteral("deleteProfileButton"));
    for (QPushButton *button : {m_archive, m_delete}) {
        button->setAutoDefault(false);
        button->setEnabled(false);
    }
    m_open->setObjectName(QStringLiteral("openProfileButton"));
    m_open->setDefault(true);
    m_open->setEnabled(false);
    m_close->setObjectName(QStringLiteral("closeProfilePickerButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_archive, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *questionRow = new QHBoxLayout;
    questionRow->addWidget(m_searchLabel);
    questionRow->addWidget(m_search, 1);
    questionRow->addSpacing(fontMetrics().averageCharWidth() * 2);
    questionRow->addWidget(m_filterLabel);
    questionRow->addWidget(m_filter);
    questionRow->addWidget(m_showArchived);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(questionRow);
    layout->addWidget(m_table, 1);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_clearFilter);
    layout->addLayout(countRow);
    auto *undoRow = new QHBoxLayout;
    undoRow->addWidget(m_undoNote, 1);
    undoRow->addWidget(m_undo);
    layout->addLayout(undoRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_search, m_filter);
    setTabOrder(m_filter, m_showArchived);
    setTabOrder(m_showArchived, m_table);
    setTabOrder(m_table, m_clearFilter);
    setTabOrder(m_clearFilter, m_undo);
    setTabOrder(m_undo, m_archive);
    setTabOrder(m_archive, m_delete);
    setTabOrder(m_delete, m_open);
    setTabOrder(m_open, m_close);

    m_search->installEventFilter(this);
    m_table->installEventFilter(this);
    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingPauseMs);
    connect(m_search, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(&m_typing, &QTimer::timeout, this, [this] {
        m_wanted = 0; // a new search starts at its best match
        m_model->setSearchText(m_search->text());
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setFilter(static_cast<StandingFilter>(m_filter->itemData(index).toInt()));
    });
    connect(m_showArchived, &QCheckBox::toggled, m_model, &ProfileListModel::setShowArchived);
    connect(m_model, &ProfileListModel::wholeCountChanged, this, &ProfilePicker::updateCount);
    connect(m_clearFilter, &QPushButton::clicked, this, &ProfilePicker::clearFilter);
    connect(m_archive, &QPushButton::clicked, this, &ProfilePicker::toggleArchivedCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ProfilePicker::deleteCurrent);
    connect(m_undo, &QPushButton::clicked, m_removal, &ProfileRemoval::undoDelete);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ProfilePicker::showContextMenu);
    connect(m_removal, &ProfileRemoval::changed, this,
        [this](qint64 id, ProfileRemoval::Change change) {
            onRemovalChanged(id, static_cast<int>(change));
        });
    connect(m_removal, &ProfileRemoval::failed, this, &ProfilePicker::showError);
    connect(m_model, &ProfileListModel::loaded, this, &ProfilePicker::onLoaded);
    connect(m_model, &ProfileListModel::totalCountChanged, this, &ProfilePicker::updateCount);
    connect(m_model, &ProfileListModel::loadingChanged, this, &ProfilePicker::updateCount);
    connect(m_model, &ProfileListModel::failed, this, &ProfilePicker::showError);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_choosingRow)
            m_wanted = currentProfileId();
        updateOpenButton();
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, &ProfilePicker::openCurrent);
    // Enter anywhere in the dialog presses Open, the default button.
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfilePicker::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QFontMetrics metrics = fontMetrics();
    // Wide enough for every column and a long company name beside them.
    resize(metrics.height() * 80, metrics.height() * 32);
    retranslate();
    m_search->setFocus();
    Retranslation::follow(this, [this] { retranslate(); });
}

qint64 ProfilePicker::currentProfileId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->profileId(current.row()) : 0;
}

void ProfilePicker::openCurrent()
{
    const qint64 id = currentProfileId();
    if (id == 0 || m_opening)
        return;
    m_opening = true;
    updateOpenButton();
    m_session.open(id, this, [this, id](const Result<> &opened) {
        m_opening = false;
        updateOpenButton();
        if (!opened) {
            showError(opened.error());
            return;
        }
        m_error->hide();
        emit profileOpened(id);
        accept();
    });
}

void ProfilePicker::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->setToolTip(error.details);
    m_error->show();
    updateCount();
}

namespace {

ProfileRemoval::Target targetOf(const ProfileListModel &model, int row)
{
    const QModelIndex index = model.index(row, 0);
    return {model.profileId(row), index.data(ProfileListModel::LabelRole).toString(),
        index.data(ProfileListModel::VersionRole).toInt()};
}

} // namespace

void ProfilePicker::toggleArchivedCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const bool archived = current.data(ProfileListModel::ArchivedRole).toBool();
    m_removal->setArchived(targetOf(*m_model, current.row()), !archived);
}

void ProfilePicker::deleteCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_removal->askAndDelete(targetOf(*m_model, current.row()));
}

void ProfilePicker::clearFilter()
{
    m_search->clear();
    m_typing.stop();
    m_model->setSearchText(QString());
    m_filter->setCurrentIndex(0);
    m_search->setFocus();
}

void ProfilePicker::showContextMenu(const QPoint &position)
{
    // A right click: on the row clicked.
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    popUpMenu(position);
}

void ProfilePicker::popUpMenu(const QPoint &at)
{
    if (!m_table->currentIndex().isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("profileContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_open->text(), this, &ProfilePicker::openCurrent)
        ->setEnabled(m_open->isEnabled());
    menu->addAction(m_archive->text(), this, &ProfilePicker::toggleArchivedCurrent);
    menu->addAction(m_delete->text(), this, &ProfilePicker::deleteCurrent)
        ->setEnabled(m_delete->isEnabled());
    menu->popup(m_table->viewport()->mapToGlobal(at));
}

void ProfilePicker::onRemovalChanged(qint64 id, int change)
{
    m_error->hide();
    const auto kind = static_cast<ProfileRemoval::Change>(change);
    if (kind == ProfileRemoval::Change::Deleted) {
        m_undoNote->setText(tr("Deleted \"%1\". It is kept in the database and can be brought "
                               "back.",
            "@info profile picker")
                                .arg(m_removal->lastDeleted().label));
        m_undoNote->show();
        m_undo->show();
        m_wanted = 0;
    } else {
        m_undoNote->hide();
        m_undo->hide();
        m_wanted = id; // archived (when shown), restored or brought back: stay on it
    }
    m_model->refresh();
}

void ProfilePicker::onLoaded()
{
    m_error->hide();
    // The row the user chose when it is still there, else the first: Enter
    // right after typing opens the best match.
    if (m_model->rowCount() > 0) {
        const int kept = m_wanted ? m_model->rowOf(m_wanted) : -1;
        const QModelIndex row = m_model->index(kept >= 0 ? kept : 0, 0);
        m_choosingRow = true;
        m_table->setCurrentIndex(row);
        m_choosingRow = false;
        m_table->scrollTo(row);
    }
    updateCount();
    updateOpenButton();
}

QString ProfilePicker::countText() const
{
    const int total = m_model->totalCount();
    QString shown;
    if (m_model->isLoading())
        shown = tr("Searching…", "@info profile picker");
    else if (total < 0 && m_error->isHidden())
        shown = tr("Counting…", "@info profile picker");
    else if (total < 0)
        return {};
    else if (total == 0)
        shown = tr("No company matches.", "@info profile picker");
    else if (!m_model->isNarrowed())
        return tr("%n companies", "@info profile picker", total);
    else if (const int whole = m_model->wholeCount(); whole >= 0)
        shown = tr("Showing %1 of %n companies", "@info profile picker", whole).arg(total);
    else
        shown = tr("Showing %n companies", "@info profile picker", total);
    if (!m_model->isNarrowed())
        return shown;
    // What leaves companies out, in the words of its controls.
    QStringList narrowing;
    if (const QString search = m_model->searchText().trimmed(); !search.isEmpty())
        narrowing << tr("search: \"%1\"", "@info profile picker filter").arg(search);
    if (m_model->filter() != StandingFilter::All)
        narrowing << tr("status: %1", "@info profile picker filter").arg(m_filter->currentText());
    return tr("%1 — filter: %2", "@info profile picker")
        .arg(shown, narrowing.join(QStringLiteral(", ")));
}

void ProfilePicker::updateCount()
{
    m_count->setText(countText());
    // Its own mnemonic gives the button the focus: hidden, it hands it back.
    if (!m_model->isNarrowed() && m_clearFilter->hasFocus())
        m_search->setFocus();
    m_clearFilter->setVisible(m_model->isNarrowed());
}

void ProfilePicker::updateOpenButton()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = currentProfileId();
    m_open->setEnabled(id != 0 && !m_opening);
    const bool archived
        = current.isValid() && current.data(ProfileListModel::ArchivedRole).toBool();
    m_archive->setText(
        archived ? tr("Res&tore", "@action:button") : tr("&Archive", "@action:button"));
    m_archive->setToolTip(archived
            ? tr("Bring the company back into the list.", "@info:tooltip")
            : tr("Hide the company from the list; \"Show archived\" shows it again.",
                "@info:tooltip"));
    m_archive->setAccessibleName(withoutMnemonic(m_archive->text()));
    m_archive->setEnabled(id != 0 && !m_opening);
    m_delete->setEnabled(m_removal->canDelete(id) && !m_opening);
    m_delete->setToolTip(id != 0 && !m_removal->canDelete(id)
            ? tr("This company is open in the wizard: open another one to delete it.",
                "@info:tooltip")
            : tr("Delete the company's profile (Delete); you are asked first.", "@info:tooltip"));
}

bool ProfilePicker::eventFilter(QObject *watched, QEvent *event)
{
    // The Menu key (Shift+F10): the current row's menu, beside that row.
    if (watched == m_table && event->type() == QEvent::ContextMenu
        && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        popUpMenu(m_table->visualRect(m_table->currentIndex()).center());
        return true;
    }
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        // Up and down walk the list while the cursor stays in the search field.
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_table, event);
            return true;
        default:
            break;
        }
    } else if (watched == m_table) {
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            deleteCurrent();
            return true;
        }
        // Typing in the list types into the search field.
        const QString text = key->text();
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (plain && !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()) {
            m_search->setFocus();
            QCoreApplication::sendEvent(m_search, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ProfilePicker::showEvent(QShowEvent *event)
{
    // Profiles may have changed since the picker was last open.
    m_model->refresh();
    m_search->setFocus();
    m_search->selectAll();
    QDialog::showEvent(event);
}

void ProfilePicker::retranslate()
{
    setWindowTitle(tr("Choose a company", "@title:window"));
    m_searchLabel->setText(tr("&Search:", "@label:textbox"));
    m_search->setPlaceholderText(tr("Company name or credit code", "@info:placeholder"));
    m_search->setAccessibleName(tr("Search by company name or credit code", "@label:textbox"));
    m_filterLabel->setText(tr("S&how:", "@label:listbox"));
    m_filter->setAccessibleName(tr("Show companies by status", "@label:listbox"));
    m_showArchived->setText(tr("Show a&rchived", "@option:check"));
    m_showArchived->setToolTip(tr("Also list the companies that were archived.", "@info:tooltip"));
    m_showArchived->setAccessibleName(withoutMnemonic(m_showArchived->text()));
    m_clearFilter->setText(tr("C&lear filter", "@action:button"));
    m_clearFilter->setToolTip(tr("Empty the search and show every status.", "@info:tooltip"));
    m_delete->setText(tr("&Delete…", "@action:button"));
    m_undo->setText(tr("&Undo", "@action:button"));
    m_undo->setToolTip(tr("Bring the deleted company back.", "@info:tooltip"));
    for (QPushButton *button : {m_clearFilter, m_delete, m_undo})
        button->setAccessibleName(withoutMnemonic(button->text()));
    const QStringList filterTexts {tr("All companies", "@item:inlistbox status filter"),
        tr("Waiting for review (also overdue)", "@item:inlistbox status filter"),
        tr("Overdue", "@item:inlistbox status filter"),
        tr("All steps done", "@item:inlistbox status filter")};
    for (int i = 0; i < filterTexts.size(); ++i)
        m_filter->setItemText(i, filterTexts[i]);
    m_table->setAccessibleName(tr("Companies", "@label table"));
    m_open->setText(tr("&Open", "@action:button"));
    m_open->setToolTip(tr("Open the chosen company's profile (Enter).", "@info:tooltip"));
    m_close->setText(tr("&Close", "@action:button"));
    for (QPushButton *button : {m_open, m_close})
        button->setAccessibleName(withoutMnemonic(button->text()));
    m_model->retranslate();
    updateCount();
    updateOpenButton();
}
