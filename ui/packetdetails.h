// Everything about one packet: addresses, format and timing, then a full hex + ASCII dump.
#pragma once

#include "packet.h"

#include <QWidget>

class QPlainTextEdit;

namespace mct::ui {

class PacketDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketDetails)

public:
    explicit PacketDetails(QWidget *parent = nullptr);

    // bytes: every stored byte, headers included.
    void showPacket(quint64 number, const core::PacketRecord &record, QByteArrayView bytes);
    void clear();
    [[nodiscard]] QString text() const;

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace mct::ui
