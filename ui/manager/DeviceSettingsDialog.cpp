#include "DeviceSettingsDialog.h"
#include "LanguageManager.h"

#include "CameraScanner.h"
#include "DeviceConfig.h"
#include "PrintService.h"
#include "PrinterProfile.h"
#include "StoreDevices.h"
#include "Till.h"
#include "barcode/KeyboardLayout.h"
#include "common/DomainError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QVBoxLayout>

namespace omnitill::ui {

DeviceSettingsDialog::DeviceSettingsDialog(Till& till, StoreDevices* devices, Session manager, QWidget* parent)
    : QDialog(parent), m_till(till), m_devices(devices), m_manager(std::move(manager))
{
    setObjectName(QStringLiteral("deviceSettingsDialog"));
    setWindowTitle(tr("Devices"));
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    addText(QStringLiteral("printer.address"), tr("Receipt printer"),
            tr("tcp://192.168.1.50:9100, usb:///dev/usb/lp0 or serial:///dev/ttyS0?baud=19200"));
    QList<QPair<QString, QString>> models;
    for (const PrinterProfile& p : PrinterProfile::builtIn())
        models.append({p.id, p.name});
    addCombo(QStringLiteral("printer.profile"), tr("Printer model"), models);
    addCombo(QStringLiteral("printer.status"), tr("Printer status"),
             {{QStringLiteral("dle_eot"), tr("Ask the printer (DLE EOT)")}, {QStringLiteral("none"), tr("Printer cannot report")}});
    addCombo(QStringLiteral("drawer.enabled"), tr("Cash drawer"),
             {{QStringLiteral("1"), tr("On the printer")}, {QStringLiteral("0"), tr("None")}});
    addCombo(QStringLiteral("drawer.pin"), tr("Drawer connector pin"),
             {{QStringLiteral("2"), tr("Pin 2")}, {QStringLiteral("5"), tr("Pin 5")}});
    addText(QStringLiteral("drawer.pulse_ms"), tr("Drawer pulse (ms)"), QStringLiteral("100"));
    addText(QStringLiteral("scanner.max_interval_ms"), tr("Keyboard scanner: max. ms between keys"), QStringLiteral("30"));
    addText(QStringLiteral("scanner.min_length"), tr("Keyboard scanner: min. code length"), QStringLiteral("4"));
    addText(QStringLiteral("scanner.end_pause_ms"), tr("Keyboard scanner: pause that ends a code (ms)"), QStringLiteral("80"));
    addText(QStringLiteral("scanner.prefix"), tr("Keyboard scanner: prefix"));
    addText(QStringLiteral("scanner.suffix"), tr("Keyboard scanner: suffix"));
    QList<QPair<QString, QString>> ports{{QString(), tr("None")}};
    for (const QSerialPortInfo& info : QSerialPortInfo::availablePorts())
        ports.append({info.systemLocation(), QStringLiteral("%1 (%2)").arg(info.systemLocation(), info.description())});
    addCombo(QStringLiteral("scanner.serial_port"), tr("Serial scanner port"), ports, true);
    addCombo(QStringLiteral("scanner.serial_suffix"), tr("Serial scanner ends codes with"),
             {{QStringLiteral("cr"), QStringLiteral("CR")},
              {QStringLiteral("lf"), QStringLiteral("LF")},
              {QStringLiteral("crlf"), QStringLiteral("CR LF")},
              {QStringLiteral("none"), tr("a pause")}});
    QList<QPair<QString, QString>> cameras{{QStringLiteral("off"), tr("Off")}, {QStringLiteral("default"), tr("Default camera")}};
    for (const QString& camera : CameraScanner::availableCameras())
        cameras.append({camera, camera});
    addCombo(QStringLiteral("scanner.camera"), tr("Camera scanner"), cameras, true);
    addCombo(QStringLiteral("scale.port"), tr("Scale port"), ports, true);
    addCombo(QStringLiteral("display.customer"), tr("Customer display"),
             {{QStringLiteral("auto"), tr("On a second screen, if there is one")},
              {QStringLiteral("on"), tr("Always, as a window")},
              {QStringLiteral("off"), tr("Off")}});
    addCombo(QStringLiteral("display.pole_port"), tr("Pole display port"), ports, true);

    auto* tests = new QHBoxLayout;
    auto* testPage = new QPushButton(tr("Print test page"), this);
    testPage->setObjectName(QStringLiteral("testPagePushButton"));
    connect(testPage, &QPushButton::clicked, this, &DeviceSettingsDialog::printTestPage);
    tests->addWidget(testPage);
    auto* drawer = new QPushButton(tr("Open drawer"), this);
    drawer->setObjectName(QStringLiteral("openDrawerPushButton"));
    connect(drawer, &QPushButton::clicked, this, &DeviceSettingsDialog::openDrawer);
    tests->addWidget(drawer);
    layout->addLayout(tests);

    m_scanInput = new QLineEdit(this);
    m_scanInput->setObjectName(QStringLiteral("scanTestLineEdit"));
    m_scanInput->setPlaceholderText(tr("Scan test: scan a code here"));
    connect(m_scanInput, &QLineEdit::returnPressed, this, [this] {
        scanTest(m_scanInput->text());
        m_scanInput->clear();
    });
    layout->addWidget(m_scanInput);
    m_scanResult = new QLabel(this);
    m_scanResult->setObjectName(QStringLiteral("scanResultLabel"));
    m_scanResult->setWordWrap(true);
    m_scanResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_scanResult);
    if (m_devices)
        connect(m_devices, &StoreDevices::scanned, this, &DeviceSettingsDialog::scanTest);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("deviceMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            m_message->setText(tr("Saved."));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void DeviceSettingsDialog::addText(const QString& key, const QString& label, const QString& placeholder)
{
    auto* edit = new QLineEdit(m_till.settings().value(key), this);
    edit->setObjectName(key + QStringLiteral("LineEdit"));
    edit->setPlaceholderText(placeholder);
    m_form->addRow(label, edit);
    m_texts.insert(key, edit);
}

void DeviceSettingsDialog::addCombo(const QString& key, const QString& label, const QList<QPair<QString, QString>>& choices, bool editable)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(key + QStringLiteral("ComboBox"));
    combo->setEditable(editable);
    for (const auto& [value, title] : choices)
        combo->addItem(title, value);
    const QString current = m_till.settings().value(key);
    const int index = combo->findData(current);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else if (editable)
        combo->setEditText(current);
    m_form->addRow(label, combo);
    m_combos.insert(key, combo);
}

bool DeviceSettingsDialog::save()
{
    DeviceConfig::Entries entries;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        entries.append({it.key(), it.value()->text().trimmed()});
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        QComboBox* combo = it.value();
        // An editable combo holds either a listed port or one typed in.
        const bool listed = combo->currentIndex() >= 0 && combo->itemText(combo->currentIndex()) == combo->currentText();
        entries.append({it.key(), listed ? combo->currentData().toString() : combo->currentText().trimmed()});
    }
    try {
        DeviceConfig::apply(m_till.db(), m_till.settings(), entries);
    } catch (const DomainError& e) {
        m_message->setText(e.message());
        return false;
    }
    emit saved();
    return true;
}

void DeviceSettingsDialog::printTestPage()
{
    if (!save())
        return;
    try {
        m_till.printQueue().printTestPage();
        m_message->setText(tr("Test page sent to the printer queue."));
    } catch (const DomainError& e) {
        m_message->setText(e.message());
    }
}

void DeviceSettingsDialog::openDrawer()
{
    if (!save())
        return;
    try {
        m_till.shifts().noSale(m_manager); // journaled like every no-sale
        m_message->setText(tr("Drawer kick sent."));
    } catch (const DomainError& e) {
        m_message->setText(e.message());
    }
}

QString DeviceSettingsDialog::describeScan(const QString& code) const
{
    QString shown = code;
    shown.replace(QChar(0x1D), QStringLiteral("<GS>"));
    QStringList lines{tr("Received: %1 (length %2)").arg(shown).arg(code.size())};
    QString effective = code;
    if (const std::optional<QString> latin = KeyboardLayout::fromRussianLayout(code)) {
        lines << tr("The scanner types with a different keyboard layout than the till (Cyrillic letters arrived)."
                    " Set the scanner to US English keyboard emulation, or switch the till's layout to English."
                    " Read as: %1")
                     .arg(*latin);
        effective = *latin;
    }
    try {
        const ScanCode scanned = m_till.sales().parser().parse(effective, m_till.settings().businessDay(m_till.clock().nowUtc()));
        if (!scanned.lookupCodes.isEmpty())
            lines << tr("GTIN/code: %1").arg(scanned.lookupCodes.join(QStringLiteral(", ")));
        if (!scanned.batch.isEmpty())
            lines << tr("Batch (AI 10): %1").arg(scanned.batch);
        if (scanned.expiry)
            lines << tr("Expiry (AI 17): %1").arg(QLocale().toString(*scanned.expiry, QLocale::ShortFormat));
        if (!scanned.serial.isEmpty())
            lines << tr("Serial (AI 21): %1").arg(scanned.serial);
        if (scanned.weightGrams)
            lines << tr("Weight: %1 g").arg(*scanned.weightGrams);
        if (scanned.embeddedPrice)
            lines << tr("Price on label: %1").arg(*scanned.embeddedPrice);
        const std::optional<Product> product = m_till.catalog().findByCodes(scanned.lookupCodes);
        lines << (product ? tr("Product: %1").arg(product->name(LanguageManager::language())) : tr("Not in the catalog"));
    } catch (const DomainError& e) {
        lines << e.message();
    }
    return lines.join(QLatin1Char('\n'));
}

void DeviceSettingsDialog::scanTest(const QString& code)
{
    m_scanResult->setText(describeScan(code));
}

} // namespace omnitill::ui
