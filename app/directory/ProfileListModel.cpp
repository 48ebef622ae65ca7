#include "ProfileListModel.h"

#include "ProfileListWorker.h"
#include "core/Clock.h"
#include "i18n/DateText.h"
#include "onboarding/StepText.h"
#include "onboarding/UnreadableValue.h"

#include <QDeadlineTimer>
#include <QThread>

ProfileListModel::ProfileListModel(ConnectionOpener opener, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_newest(std::make_shared<std::atomic<quint64>>(0))
    , m_thread(new QThread)
    , m_worker(new ProfileListWorker(std::move(opener), m_newest))
{
    m_thread->setObjectName(QStringLiteral("profile list"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ProfileListWorker::pageLoaded, this, &ProfileListModel::onPageLoaded);
    connect(m_worker, &ProfileListWorker::counted, this, &ProfileListModel::onCounted);
    connect(m_worker, &ProfileListWorker::failed, this, &ProfileListModel::onFailed);
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(CountDelayMs);
    connect(&m_countTimer, &QTimer::timeout, this, [this] {
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, generation = m_generation, query = m_asked] {
                worker->countRows(generation, query);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    ask();
}

ProfileListModel::~ProfileListModel()
{
    // Whatever is still queued is not wanted any more.
    m_newest->store(std::numeric_limits<quint64>::max());
    m_thread->quit();
    if (m_thread->wait(QDeadlineTimer(200))) {
        delete m_thread;
        return;
    }
    // A query on a slow server is still running: the window must not wait
    // for it. The thread ends when the query does, and then goes.
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    if (m_thread->isFinished())
        delete m_thread; // it ended just now (a pending deleteLater dies with it)
}

void ProfileListModel::ask()
{
    ++m_generation;
    m_newest->store(m_generation);
    m_asked = m_query;
    m_asked.now = m_clock.now();
    m_asked.zone = m_clock.timeZone();
    m_fetching = false;
    m_countTimer.stop();
    setLoading(true);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation = m_generation, query = m_asked] {
            worker->load(generation, query, 0, PageSize);
        },
        Qt::QueuedConnection);
    // After the page: "showing N of M" must not hold up the answer.
    if (m_asked.narrows()) {
        m_wholeCount = -1;
        emit wholeCountChanged();
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, generation = m_generation, query = m_asked] {
                worker->countRows(generation, query, true);
            },
            Qt::QueuedConnection);
    }
}

void ProfileListModel::setSearchText(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    ask();
}

void ProfileListModel::setFilter(StandingFilter filter)
{
    if (filter == m_query.filter)
        return;
    m_query.filter = filter;
    ask();
}

void ProfileListModel::setShowArchived(bool show)
{
    if (show == m_query.withArchived)
        return;
    m_query.withArchived = show;
    ask();
}

void ProfileListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ProfileListColumnCount)
        return;
    const auto sortColumn = static_cast<ProfileListColumn>(column);
    if (sortColumn == m_query.sortColumn && order == m_query.sortOrder)
        return;
    m_query.sortColumn = sortColumn;
    m_query.sortOrder = order;
    ask();
}

void ProfileListModel::refresh()
{
    ask();
}

void ProfileListModel::onPageLoaded(
    quint64 generation, int offset, const QList<ProfileListRow> &rows, bool hasMore)
{
    if (generation != m_generation)
        return; // an answer to a question nobody asks any more
    if (offset == 0) {
        beginResetModel();
        m_rows = rows;
        m_hasMore = hasMore;
        endResetModel();
        setLoading(false);
        emit loaded();
        if (hasMore) {
            setTotalCount(-1);
            m_countTimer.start();
        } else {
            setTotalCount(int(rows.size()));
        }
        return;
    }
    if (!m_fetching || offset != m_rows.size())
        return;
    // Still fetching while the rows go in: whoever reacts to the insertion
    // must not ask for the page that is arriving.
    if (!rows.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
    }
    m_hasMore = hasMore;
    m_fetching = false;
}

void ProfileListModel::onCounted(quint64 generation, int count, bool whole)
{
    if (generation != m_generation)
        return;
    if (!whole) {
        setTotalCount(count);
        return;
    }
    m_wholeCount = count;
    emit wholeCountChanged();
}

void ProfileListModel::onFailed(quint64 generation, const Error &error)
{
    if (generation != m_generation)
        return;
    if (m_loading) {
        // Rows of the previous question would answer the wrong one.
        beginResetModel();
        m_rows.clear();
        m_hasMore = false;
        endResetModel();
        setTotalCount(-1);
        setLoading(false);
    }
    m_fetching = false;
    emit failed(error);
}

void ProfileListModel::setTotalCount(int count)
{
    if (count == m_totalCount)
        return;
    m_totalCount = count;
    emit totalCountChanged(count);
    if (!m_asked.narrows())
        emit wholeCountChanged();
}

void ProfileListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

qint64 ProfileListModel::profileId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int ProfileListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return int(row);
    }
    return -1;
}

void ProfileListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ProfileListColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ProfileListColumnCount - 1));
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ProfileListColumnCount;
}

QString ProfileListModel::localTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    return DateText::dateTime(utc, m_clock.timeZone());
}

QString ProfileListModel::text(const ProfileListRow &row, int column) const
{
    switch (static_cast<ProfileListColumn>(column)) {
    case ProfileListColumn::Company: {
        const QString label = row.label.trimmed().isEmpty() ? row.company : row.label;
        return row.archived ? tr("%1 (archived)", "@item company in the profile list").arg(label)
                            : label;
    }
    case ProfileListColumn::CreditCode:
        return row.creditCode;
    case ProfileListColumn::CurrentStep:
        if (!row.currentStep)
            return tr("All done", "@item current step in the profile list");
        return QStringLiteral("%1. %2")
            .arg(stepNumber(*row.currentStep))
            .arg(StepText::title(*row.currentStep));
    case ProfileListColumn::Status:
        // A status that could not be read is not shown as the one it is kept as.
        for (StepId step : AllSteps) {
            if (UnreadableValue::concerns(row.unreadable, step, UnreadableValue::Status))
                return tr("Status unreadable (damaged data)", "@item status in the profile list");
        }
        return ProfileStanding::text(row.standing);
    case ProfileListColumn::PendingSince:
        return localTime(row.pendingSince);
    case ProfileListColumn::ExpectedBy:
        return localTime(row.expectedBy);
    case ProfileListColumn::LastChange:
        return localTime(row.updatedAt);
    }
    return {};
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileListRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case ProfileIdRole:
        return row.id;
    case StandingRole:
        return ProfileStanding::key(row.standing);
    case LabelRole:
        return row.label.trimmed().isEmpty() ? row.company : row.label;
    case ArchivedRole:
        return row.archived;
    case VersionRole:
        return row.version;
    default:
        return {};
    }
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<ProfileListColumn>(section)) {
    case ProfileListColumn::Company:
        return tr("Company", "@title:column");
    case ProfileListColumn::CreditCode:
        return tr("Credit code", "@title:column");
    case ProfileListColumn::CurrentStep:
        return tr("Current step", "@title:column");
    case ProfileListColumn::Status:
        return tr("Status", "@title:column");
    case ProfileListColumn::PendingSince:
        return tr("Pending since", "@title:column");
    case ProfileListColumn::ExpectedBy:
        return tr("Expected by", "@title:column");
    case ProfileListColumn::LastChange:
        return tr("Last change", "@title:column");
    }
    return {};
}

Qt::ItemFlags ProfileListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool ProfileListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching && !m_loading;
}

void ProfileListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation = m_generation, query = m_asked,
            offset = int(m_rows.size())] { worker->load(generation, query, offset, PageSize); },
        Qt::QueuedConnection);
}
