#include "LabelledRows.h"

#include <QFormLayout>
#include <QLabel>

QFormLayout *LabelledRows::form()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft);
    return form;
}

QLabel *LabelledRows::add(QFormLayout *form, QWidget *field, QWidget *buddy, QLabel *label)
{
    if (!label)
        label = new QLabel(field->parentWidget());
    // Beside its field a label never wraps: QFormLayout gives a label only
    // the width of its own size hint, which for wrapped text is narrower than
    // the column, and at most 7/4 of that hint's height, so a wrapped label
    // had its lines cut off at the top and bottom ("Keep it anyway, because:").
    // A label too long for the row moves the field below it (WrapLongRows).
    label->setWordWrap(false);
    label->setBuddy(buddy ? buddy : field);
    form->addRow(label, field);
    return label;
}

QLabel *LabelledRows::add(QFormLayout *form, QLayout *fields, QWidget *buddy)
{
    auto *label = new QLabel(buddy->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, fields);
    return label;
}

QLabel *LabelledRows::addAbove(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label);
    form->addRow(field);
    return label;
}
