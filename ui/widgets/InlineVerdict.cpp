#include "InlineVerdict.h"

#include "Callout.h"
#include "WrappingLabel.h"

#include <QLabel>

QLabel *InlineVerdict::makeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new WrappingLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->hide();
    return label;
}

QString InlineVerdict::levelName(FieldVerdict::Level level)
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

void InlineVerdict::show(QLabel *label, QWidget *field, const FieldVerdict &verdict)
{
    const bool visible = verdict.level != FieldVerdict::Ok && !verdict.message.isEmpty();
    // The callouts' colours: one palette for every notice in the program.
    const Callout::Level look = verdict.level == FieldVerdict::Error ? Callout::Level::Danger
        : verdict.level == FieldVerdict::Warning                     ? Callout::Level::Warning
                                                                     : Callout::Level::Note;
    // Messages may quote what the user typed.
    label->setText(
        QStringLiteral("<span style=\"color:%1\"><b>%2:</b> %3</span>")
            .arg(Callout::accentColour(look, label->palette()).name(),
                levelName(verdict.level).toHtmlEscaped(), verdict.message.toHtmlEscaped()));
    label->setVisible(visible && !(field && field->isHidden()));
    if (!field)
        return;
    // An Ok finding may still say something (a block's usable addresses):
    // nothing to see, but screen readers hear it.
    const QString description = visible
        ? levelName(verdict.level) + QStringLiteral(": ") + verdict.message
        : verdict.message;
    if (field->accessibleDescription() != description)
        field->setAccessibleDescription(description);
}
