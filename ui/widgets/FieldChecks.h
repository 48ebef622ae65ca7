// Checks a page's input fields as the user types and shows each verdict
// inline, under its field, in words (never colour alone) and in the field's
// accessible description. A blocking verdict, or a warning whose override
// reason is still empty, makes the page incomplete. The rules themselves are
// the pure functions of app/validation; nothing is decided here.
#pragma once

#include "validation/FieldVerdict.h"

#include <QList>
#include <QObject>

#include <functional>

class Profile;
class QLabel;
class QLineEdit;

class FieldChecks : public QObject
{
    Q_OBJECT
public:
    using Checker = std::function<FieldVerdict(const QString &)>;

    FieldChecks(Profile &profile, QObject *parent = nullptr);

    // `verdict` is the label under the field. With `required` false an empty
    // field passes silently.
    void add(QLineEdit *edit, const QString &key, QLabel *verdict, Checker checker,
        bool required = false);

    // Lets a Warning on `edit` be kept when a reason is typed into `reason`
    // (shown, with its label, only while the warning stands).
    void setOverride(QLineEdit *edit, QLineEdit *reason, QLabel *reasonLabel);

    // All visible fields pass (the page may be left with Next).
    bool allPass() const;
    // Re-runs every check (after a language change or another profile).
    void refreshAll();

    static QString levelName(FieldVerdict::Level level);

signals:
    void passChanged();

private:
    struct Entry
    {
        QLineEdit *edit;
        QString key;
        QLabel *verdict;
        Checker checker;
        bool required;
        QLineEdit *overrideEdit;
        QLabel *overrideLabel;
    };
    const Entry *find(const QLineEdit *edit) const;
    void showFor(const QLineEdit *edit);
    FieldVerdict verdictFor(const Entry &entry) const;
    bool passes(const Entry &entry) const;
    void show(const Entry &entry);
    // Emits passChanged when allPass() differs from the last time.
    void updatePass();
    void normalize(const Entry &entry);

    Profile &m_profile;
    QList<Entry> m_entries;
    bool m_lastPass = true;
};
