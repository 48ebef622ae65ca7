#include "PlanSaveButtons.h"

#include "Mnemonic.h"
#include "Retranslation.h"
#include "onboarding/Profile.h"
#include "plan/NetworkPlan.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace {

const QString ResultBoxName = QStringLiteral("planSaveResult");

} // namespace

PlanSaveButtons::PlanSaveButtons(Profile &profile, const QString &objectPrefix, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_terraform(new QPushButton(this))
    , m_ros(new QPushButton(this))
{
    setObjectName(objectPrefix + QStringLiteral("SaveButtons"));
    m_terraform->setObjectName(objectPrefix + QStringLiteral("SaveTerraform"));
    m_ros->setObjectName(objectPrefix + QStringLiteral("SaveRos"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_terraform);
    row->addWidget(m_ros);
    row->addStretch(1);
    connect(
        m_terraform, &QPushButton::clicked, this, [this] { choose(PlanFile::Format::Terraform); });
    connect(m_ros, &QPushButton::clicked, this, [this] { choose(PlanFile::Format::Ros); });
    retranslate();
    Retranslation::follow(this, [this] { retranslate(); });
}

QPushButton *PlanSaveButtons::button(PlanFile::Format format) const
{
    return format == PlanFile::Format::Terraform ? m_terraform : m_ros;
}

void PlanSaveButtons::retranslate()
{
    m_terraform->setText(tr("Save as T&erraform…", "@action:button"));
    m_ros->setText(tr("Save as ROS te&mplate…", "@action:button"));
    const QString explained = tr("The network of this plan as code, to build it with the "
                                 "alicloud Terraform provider or with Resource Orchestration "
                                 "Service (no keys are written into the file).",
        "@info:tooltip");
    for (QPushButton *button : {m_terraform, m_ros}) {
        button->setAccessibleName(withoutMnemonic(button->text()));
        button->setToolTip(explained);
    }
}

bool PlanSaveButtons::planIsWritable()
{
    const Result<NetworkPlan> plan = NetworkPlan::read(m_profile.data());
    if (plan)
        return true;
    tell(false, tr("Plan not saved", "@title:window"),
        plan.error().message + u'\n' + QStringLiteral("• ")
            + plan.error().details.split(u'\n').join(QStringLiteral("\n• ")),
        QString());
    return false;
}

void PlanSaveButtons::choose(PlanFile::Format format)
{
    if (!planIsWritable())
        return;
    const bool terraform = format == PlanFile::Format::Terraform;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        terraform ? QStringLiteral("main.tf") : QStringLiteral("network-ros.json"));
    const QString path = QFileDialog::getSaveFileName(window(),
        terraform ? tr("Save as Terraform", "@title:window")
                  : tr("Save as ROS template", "@title:window"),
        suggested,
        terraform ? tr("Terraform files (*.tf)", "@item:inlistbox")
                  : tr("ROS templates (*.json)", "@item:inlistbox"));
    if (!path.isEmpty())
        saveTo(format, path);
}

bool PlanSaveButtons::saveTo(PlanFile::Format format, const QString &path)
{
    const Result<NetworkPlan> plan = NetworkPlan::read(m_profile.data());
    if (!plan)
        return planIsWritable();
    // The file dialog has asked before replacing: what the user chose there
    // may be replaced (PlanFile still refuses a symbolic link).
    const Result<> written = PlanFile::write(path, format, plan.value(), true);
    if (!written) {
        tell(false, tr("Plan not saved", "@title:window"), written.error().message,
            written.error().details);
        return false;
    }
    const QString shown = QDir::toNativeSeparators(path);
    tell(true, tr("Plan saved", "@title:window"),
        format == PlanFile::Format::Terraform
            ? tr("The network plan was saved as Terraform in %1. Review it, then run terraform "
                 "init, terraform plan and terraform apply with your AccessKey in the "
                 "environment.",
                "@info")
                  .arg(shown)
            : tr("The network plan was saved as a ROS template in %1. Create a stack from it in "
                 "the region %2 (in the ROS console, or with aliyun ros CreateStack).",
                "@info")
                  .arg(shown, plan.value().regionId()),
        QString());
    return true;
}

void PlanSaveButtons::tell(
    bool success, const QString &title, const QString &text, const QString &details)
{
    if (auto *previous = window()->findChild<QMessageBox *>(ResultBoxName)) {
        previous->setObjectName(QString());
        previous->close();
    }
    auto *box = new QMessageBox(success ? QMessageBox::Information : QMessageBox::Warning, title,
        text, QMessageBox::Ok, window());
    box->setObjectName(ResultBoxName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setAccessibleName(title);
    box->setAccessibleDescription(text);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
    emit finished(success);
}
