// Checks a page's input fields as the user types and shows each verdict
// inline, under its field (InlineVerdict). Whether the page may be left is StepInputs'
// decision on the profile, the same one the wizard asks for a page not built
// yet; nothing is decided here.
#pragma once

#include "onboarding/StepInputs.h"
#include "validation/FieldVerdict.h"

#include <QList>
#include <QObject>

class Profile;
class QLabel;
class QLineEdit;

class FieldChecks : public QObject
{
    Q_OBJECT
public:
    FieldChecks(StepId step, Profile &profile, QObject *parent = nullptr);

    // `edit` shows the field `key`, one of StepInputs::checked(step);
    // `verdict` is the label under it.
    void add(QLineEdit *edit, const QString &key, QLabel *verdict);

    // The field where a reason keeps a Warning on `edit` (shown, with its
    // label, only while the warning stands).
    void setOverride(QLineEdit *edit, QLineEdit *reason, QLabel *reasonLabel);

    // The page may be left with Next (StepInputs::mayLeave).
    bool allPass() const;
    // Re-runs every check (after a language change or another profile).
    void refreshAll();

signals:
    void passChanged();

private:
    struct Entry
    {
        QLineEdit *edit;
        CheckedInput input;
        QLabel *verdict;
        QLineEdit *overrideEdit;
        QLabel *overrideLabel;
    };
    const Entry *find(const QLineEdit *edit) const;
    void showFor(const QLineEdit *edit);
    FieldVerdict verdictFor(const Entry &entry) const;
    void show(const Entry &entry);
    // Emits passChanged when allPass() differs from the last time.
    void updatePass();
    void normalize(const Entry &entry);

    StepId m_step;
    Profile &m_profile;
    QList<Entry> m_entries;
    bool m_lastPass = true;
};
