#include "ProfilePicker.h"
#include "widgets/Retranslation.h"

#include "directory/ProfileListModel.h"
#include "session/OnboardingSession.h"
#include "widgets/Callout.h"
#include "widgets/Mnemonic.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_error(new Callout(Callout::Level::Warning, this))
    , m_open(new QPushButton(this))
    , m_close(new QPushButton(this))
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

    m_count->setObjectName(QStringLiteral("profileCount"));
    m_error->setObjectName(QStringLiteral("profilePickerError"));
    m_error->hide();
    m_open->setObjectName(QStringLiteral("openProfileButton"));
    m_open->setDefault(true);
    m_open->setEnabled(false);
    m_close->setObjectName(QStringLiteral("closeProfilePickerButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *questionRow = new QHBoxLayout;
    questionRow->addWidget(m_searchLabel);
    questionRow->addWidget(m_search, 1);
    questionRow->addSpacing(fontMetrics().averageCharWidth() * 2);
    questionRow->addWidget(m_filterLabel);
    questionRow->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(questionRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_count, 1);
    bottomRow->addWidget(buttons);
    layout->addLayout(bottomRow);
    setTabOrder(m_search, m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_open);
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
    connect(m_model, &ProfileListModel::loaded, this, &ProfilePicker::onLoaded);
    connect(m_model, &ProfileListModel::totalCountChanged, this, &ProfilePicker::updateCount);
    connect(m_model, &ProfileListModel::loadingChanged, this, &ProfilePicker::updateCount);
    connect(m_model, &ProfileListModel::failed, this, [this](const Error &error) {
        m_error->setText(error.message);
        m_error->setToolTip(error.details);
        m_error->show();
        updateCount();
    });
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
            m_error->setText(opened.error().message);
            m_error->setToolTip(opened.error().details);
            m_error->show();
            return;
        }
        m_error->hide();
        emit profileOpened(id);
        accept();
    });
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

void ProfilePicker::updateCount()
{
    const int total = m_model->totalCount();
    if (m_model->isLoading())
        m_count->setText(tr("Searching…", "@info profile picker"));
    else if (total < 0 && m_error->isHidden())
        m_count->setText(tr("Counting…", "@info profile picker"));
    else if (total < 0)
        m_count->clear();
    else if (total == 0)
        m_count->setText(tr("No company matches.", "@info profile picker"));
    else
        m_count->setText(tr("%n companies", "@info profile picker", total));
}

void ProfilePicker::updateOpenButton()
{
    m_open->setEnabled(currentProfileId() != 0 && !m_opening);
}

bool ProfilePicker::eventFilter(QObject *watched, QEvent *event)
{
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
}
