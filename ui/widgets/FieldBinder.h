// Two-way binding between a page's input widgets and the profile's fields, so
// that pages hold no copies of data: a user edit goes to the profile at once,
// and a profile change (another profile opened) refreshes the widgets. A text
// field an administrator locked (FieldLocks) is shown read-only, saying so in
// its tooltip (which is also its accessible description while no check
// verdict stands).
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class Profile;
class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;

class FieldBinder : public QObject
{
    Q_OBJECT
public:
    explicit FieldBinder(Profile &profile, QObject *parent = nullptr);

    void bind(QLineEdit *edit, const QString &key);
    // Item data holds the stored value; an item with empty data means "none".
    // An unset field shows that item, or the first item when there is none.
    void bind(QComboBox *combo, const QString &key);
    void bind(QCheckBox *check, const QString &key);
    // Each button's "fieldValue" property holds the stored value.
    void bind(QButtonGroup *group, const QString &key);

    // Re-reads every bound widget from the profile.
    void refreshAll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh(const QString &key);
    void showLocks();

    Profile &m_profile;
    struct Binding
    {
        QString key;
        std::function<void(const QString &)> show;
        std::function<void(bool)> lock = {}; // only for text fields
    };
    QList<Binding> m_bindings;
};
