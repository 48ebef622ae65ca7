#include "TimelineDialog.h"
#include "widgets/Retranslation.h"

#include "core/Clock.h"
#include "i18n/DateText.h"
#include "onboarding/FieldKey.h"
#include "session/EventText.h"
#include "session/OnboardingSession.h"
#include "widgets/WrappingLabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TimelineDialog::TimelineDialog(OnboardingSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_heading(new WrappingLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("timelineDialog"));
    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setColumnCount(3);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("timelineClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    const QFontMetrics metrics = fontMetrics();
    resize(metrics.height() * 50, metrics.height() * 30);
    reload();
    Retranslation::follow(this, [this] { reload(); });
}

void TimelineDialog::reload()
{
    const QString company = m_session.profile().field(FieldKey::CompanyName);
    setWindowTitle(tr("Timeline of %1", "@title:window").arg(company));
    m_table->setHorizontalHeaderLabels(
        {tr("When", "@title:column"), tr("Who", "@title:column"), tr("What", "@title:column")});
    m_table->setAccessibleName(tr("Changes to this profile, newest first", "@label table"));
    m_session.timeline(this, [this, company](const Result<QList<ProfileEvent>> &events) {
        showEvents(company, events);
    });
}

void TimelineDialog::showEvents(const QString &company, const Result<QList<ProfileEvent>> &events)
{
    if (!events) {
        m_heading->setText(events.error().message);
        m_table->setRowCount(0);
        return;
    }
    m_heading->setText(
        tr("Every change to %1, newest first. Field values are not logged.", "@info").arg(company));
    const QTimeZone zone = m_session.clock().timeZone();
    // A line that reads exactly as the one above it (the values one
    // pre-check records together) is shown once.
    QList<QStringList> rows;
    for (const ProfileEvent &event : events.value()) {
        const QStringList cells = {
            DateText::dateTime(event.at, zone), EventText::who(event), EventText::describe(event)};
        if (rows.isEmpty() || rows.constLast() != cells)
            rows << cells;
    }
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows[row].size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(rows[row][column]));
    }
}
