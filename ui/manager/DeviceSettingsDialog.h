#pragma once

#include "staff/Role.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QCheckBox;

namespace omnitill {
class Till;
}

namespace omnitill::ui {

class StoreDevices;

// The manager's device settings: receipt printer and model, drawer, keyboard, serial and camera
// scanners, scale, customer and pole displays — with "print test page", "open drawer" and
// "scan test" to check each one on the spot.
class DeviceSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    DeviceSettingsDialog(Till& till, StoreDevices* devices, Session manager, QWidget* parent = nullptr);

    // What a scan test shows for a code (public for tests).
    QString describeScan(const QString& code) const;

public slots:
    void scanTest(const QString& code);

signals:
    void saved();

private:
    bool save();
    void printTestPage();
    void openDrawer();
    void addText(const QString& key, const QString& label, const QString& placeholder = {});
    void addCombo(const QString& key, const QString& label, const QList<QPair<QString, QString>>& choices, bool editable = false);

    Till& m_till;
    StoreDevices* m_devices;
    Session m_manager;
    QHash<QString, QLineEdit*> m_texts;
    QHash<QString, QComboBox*> m_combos;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_scanInput = nullptr;
    QLabel* m_scanResult = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace omnitill::ui
