#include "FieldBinder.h"

#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>

FieldBinder::FieldBinder(Profile &profile, QObject *parent) : QObject(parent), m_profile(profile)
{
    connect(&profile, &Profile::reset, this, &FieldBinder::refreshAll);
    connect(&profile, &Profile::fieldChanged, this,
        [this](const QString &key, const QString &) { refresh(key); });
}

void FieldBinder::bind(QLineEdit *edit, const QString &key)
{
    connect(edit, &QLineEdit::textEdited, this,
        [this, key](const QString &text) { m_profile.setField(key, text); });
    m_bindings.append({key, [edit](const QString &value) {
                           if (edit->text() != value) {
                               const QSignalBlocker blocker(edit);
                               edit->setText(value);
                           }
                       }});
    m_bindings.constLast().show(m_profile.field(key));
}

void FieldBinder::bind(QComboBox *combo, const QString &key)
{
    connect(combo, &QComboBox::activated, this, [this, combo, key](int index) {
        m_profile.setField(key, combo->itemData(index).toString());
    });
    m_bindings.append({key, [combo](const QString &value) {
                           const QSignalBlocker blocker(combo);
                           // An unset field shows the "none" item, or else the first one
                           // (the choice's natural default, e.g. "not submitted yet").
                           int index = combo->findData(value);
                           if (index < 0)
                               index = qMax(0, combo->findData(QString()));
                           combo->setCurrentIndex(index);
                       }});
    m_bindings.constLast().show(m_profile.field(key));
}

void FieldBinder::bind(QCheckBox *check, const QString &key)
{
    connect(check, &QCheckBox::clicked, this, [this, key](bool checked) {
        m_profile.setField(key, checked ? FieldValue::True : FieldValue::False);
    });
    m_bindings.append({key, [check](const QString &value) {
                           const QSignalBlocker blocker(check);
                           check->setChecked(value == FieldValue::True);
                       }});
    m_bindings.constLast().show(m_profile.field(key));
}

void FieldBinder::bind(QButtonGroup *group, const QString &key)
{
    connect(group, &QButtonGroup::buttonClicked, this, [this, key](QAbstractButton *button) {
        m_profile.setField(key, button->property("fieldValue").toString());
    });
    m_bindings.append({key, [group](const QString &value) {
                           // Exclusive groups cannot show "nothing chosen" while exclusive.
                           group->setExclusive(false);
                           for (QAbstractButton *button : group->buttons()) {
                               const QSignalBlocker blocker(button);
                               button->setChecked(
                                   button->property("fieldValue").toString() == value);
                           }
                           group->setExclusive(true);
                       }});
    m_bindings.constLast().show(m_profile.field(key));
}

void FieldBinder::refresh(const QString &key)
{
    const QString value = m_profile.field(key);
    for (const Binding &binding : std::as_const(m_bindings)) {
        if (binding.key == key)
            binding.show(value);
    }
}

void FieldBinder::refreshAll()
{
    for (const Binding &binding : std::as_const(m_bindings))
        binding.show(m_profile.field(binding.key));
}
