#include "FieldChecks.h"

#include "Callout.h"
#include "core/Clock.h"
#include "onboarding/Profile.h"

#include <QLabel>
#include <QLineEdit>

FieldChecks::FieldChecks(StepId step, Profile &profile, QObject *parent)
    : QObject(parent)
    , m_step(step)
    , m_profile(profile)
{
    connect(&profile, &Profile::reset, this, &FieldChecks::refreshAll);
    // A value set by code (the binder updates the field without a signal):
    // its verdict follows too.
    connect(&profile, &Profile::fieldChanged, this, [this](const QString &key) {
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.input.key == key) {
                show(entry);
                updatePass();
            }
        }
    });
}

QString FieldChecks::levelName(FieldVerdict::Level level)
{
    switch (level) {
    case FieldVerdict::Ok:
        return {};
    case FieldVerdict::Note:
        return tr("Note", "@label verdict");
    case FieldVerdict::Warning:
        return tr("Check", "@label verdict");
    case FieldVerdict::Error:
        return tr("Error", "@label verdict");
    }
    return {};
}

void FieldChecks::add(QLineEdit *edit, const QString &key, QLabel *verdict)
{
    const std::optional<CheckedInput> input = StepInputs::find(m_step, key);
    Q_ASSERT_X(input, "FieldChecks::add", "the step does not check this field");
    if (!input)
        return;
    verdict->setWordWrap(true);
    verdict->setTextFormat(Qt::RichText);
    verdict->hide();
    m_entries.append({edit, *input, verdict, nullptr, nullptr});
    connect(edit, &QLineEdit::textChanged, this, [this, edit] { showFor(edit); });
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        if (const Entry *entry = find(edit))
            normalize(*entry);
    });
    showFor(edit);
}

void FieldChecks::setOverride(QLineEdit *edit, QLineEdit *reason, QLabel *reasonLabel)
{
    for (Entry &entry : m_entries) {
        if (entry.edit != edit)
            continue;
        Q_ASSERT_X(!entry.input.reasonKey.isEmpty(), "FieldChecks::setOverride",
            "the step keeps no reason for this field");
        entry.overrideEdit = reason;
        entry.overrideLabel = reasonLabel;
        reason->hide();
        reasonLabel->hide();
        connect(reason, &QLineEdit::textChanged, this, [this, edit] { showFor(edit); });
        show(entry);
        updatePass();
    }
}

const FieldChecks::Entry *FieldChecks::find(const QLineEdit *edit) const
{
    for (const Entry &entry : m_entries) {
        if (entry.edit == edit)
            return &entry;
    }
    return nullptr;
}

void FieldChecks::showFor(const QLineEdit *edit)
{
    if (const Entry *entry = find(edit)) {
        show(*entry);
        updatePass();
    }
}

FieldVerdict FieldChecks::verdictFor(const Entry &entry) const
{
    return StepInputs::verdict(entry.input.key, entry.edit->text(), m_profile.clock().today());
}

bool FieldChecks::allPass() const
{
    return StepInputs::mayLeave(m_step, m_profile.data(), m_profile.clock().today());
}

void FieldChecks::show(const Entry &entry)
{
    const FieldVerdict verdict = verdictFor(entry);
    const bool visible = verdict.level != FieldVerdict::Ok && !verdict.message.isEmpty();
    // The callouts' colours: one palette for every notice in the program.
    const Callout::Level look = verdict.level == FieldVerdict::Error ? Callout::Level::Danger
        : verdict.level == FieldVerdict::Warning                     ? Callout::Level::Warning
                                                                     : Callout::Level::Note;
    entry.verdict->setText(
        QStringLiteral("<span style=\"color:%1\"><b>%2:</b> %3</span>")
            .arg(Callout::accentColour(look, entry.verdict->palette()).name(),
                levelName(verdict.level).toHtmlEscaped(), verdict.message.toHtmlEscaped()));
    entry.verdict->setVisible(visible && !entry.edit->isHidden());
    const QString description
        = visible ? levelName(verdict.level) + QStringLiteral(": ") + verdict.message : QString();
    if (entry.edit->accessibleDescription() != description)
        entry.edit->setAccessibleDescription(description);
    const bool askReason = verdict.level == FieldVerdict::Warning && entry.overrideEdit;
    if (entry.overrideEdit)
        entry.overrideEdit->setVisible(askReason);
    if (entry.overrideLabel)
        entry.overrideLabel->setVisible(askReason);
}

void FieldChecks::updatePass()
{
    // Only a change is news: every passChanged makes QWizard re-lay out its buttons.
    const bool pass = allPass();
    if (pass == m_lastPass)
        return;
    m_lastPass = pass;
    emit passChanged();
}

void FieldChecks::normalize(const Entry &entry)
{
    // Store the canonical form (E.164 mobile, upper-case code …) once the user
    // leaves the field; never rewrite the text under the cursor.
    const FieldVerdict verdict = verdictFor(entry);
    if (verdict.blocks() || verdict.normalized.isEmpty()
        || verdict.normalized == entry.edit->text())
        return;
    m_profile.setField(entry.input.key, verdict.normalized);
}

void FieldChecks::refreshAll()
{
    for (const Entry &entry : std::as_const(m_entries))
        show(entry);
    updatePass();
}
