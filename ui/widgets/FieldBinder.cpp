#include "FieldBinder.h"

#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"
#include "prefill/FieldLocks.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPainter>
#include <QSignalBlocker>

FieldBinder::FieldBinder(Profile &profile, QObject *parent) : QObject(parent), m_profile(profile)
{
    connect(&profile, &Profile::reset, this, &FieldBinder::refreshAll);
    connect(&profile, &Profile::fieldChanged, this,
        [this](const QString &key, const QString &) { refresh(key); });
}

namespace {

// The field key of a bound text field, for its language switch.
const char *const FieldKeyProperty = "fincloudFieldKey";

// A padlock in the text colour, drawn here so that no icon theme is needed.
QIcon padlockIcon(const QPalette &palette)
{
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(QSize(16, 16) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = palette.color(QPalette::PlaceholderText);
    painter.setPen(QPen(colour, 1.6));
    painter.drawArc(QRectF(4.5, 1.5, 7, 8), 0, 180 * 16); // the shackle
    painter.drawLine(QPointF(4.5, 5.5), QPointF(4.5, 7.5));
    painter.drawLine(QPointF(11.5, 5.5), QPointF(11.5, 7.5));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(2.5, 7, 11, 8), 1.5, 1.5); // the body
    return QIcon(pixmap);
}

// Read-only, with a padlock at the end and a note saying why.
void showLocked(QLineEdit *edit, bool locked)
{
    // Remembers the note it set, so that an unlock removes only that.
    const char *noteProperty = "fincloudLockedNote";
    const QString previous = edit->property(noteProperty).toString();
    const QString note = locked
        ? FieldBinder::tr("Set by your administrator; it cannot be changed here.", "@info:tooltip")
        : QString();
    edit->setReadOnly(locked);
    if (locked || edit->toolTip() == previous)
        edit->setToolTip(note);
    edit->setProperty(noteProperty, note);

    auto *padlock = edit->findChild<QAction *>(QStringLiteral("lockedMark"));
    if (locked && !padlock) {
        padlock = new QAction(padlockIcon(edit->palette()), QString(), edit);
        padlock->setObjectName(QStringLiteral("lockedMark"));
        edit->addAction(padlock, QLineEdit::TrailingPosition);
    }
    if (padlock) {
        padlock->setVisible(locked);
        padlock->setToolTip(note);
    }
}

} // namespace

// A lock note is a sentence: renewed when the language changes, which every
// widget hears (no filter on the whole application needed).
bool FieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (auto *edit = qobject_cast<QLineEdit *>(watched))
            showLocked(
                edit, FieldLocks::isLocked(m_profile, edit->property(FieldKeyProperty).toString()));
    }
    return QObject::eventFilter(watched, event);
}

void FieldBinder::bind(QLineEdit *edit, const QString &key)
{
    edit->setProperty(FieldKeyProperty, key);
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::textEdited, this,
        [this, key](const QString &text) { m_profile.setField(key, text); });
    m_bindings.append({key,
        [edit](const QString &value) {
            if (edit->text() != value) {
                const QSignalBlocker blocker(edit);
                edit->setText(value);
            }
        },
        [edit](bool locked) { showLocked(edit, locked); }});
    m_bindings.constLast().show(m_profile.field(key));
    m_bindings.constLast().lock(FieldLocks::isLocked(m_profile, key));
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

void FieldBinder::showLocks()
{
    const QStringList locked = FieldLocks::decode(m_profile.field(FieldLocks::StorageKey));
    for (const Binding &binding : std::as_const(m_bindings)) {
        if (binding.lock)
            binding.lock(locked.contains(binding.key));
    }
}

void FieldBinder::refresh(const QString &key)
{
    if (key == FieldLocks::StorageKey)
        showLocks();
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
    showLocks();
}
