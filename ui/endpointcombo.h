// The group:port field: an editable combo with recent values, validated (and advised on) while typing.
#pragma once

#include "endpoint.h"

#include <QComboBox>

namespace mct::ui {

class EndpointCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointCombo)

public:
    static constexpr int kHistorySize = 12;

    explicit EndpointCombo(QWidget *parent = nullptr);

    [[nodiscard]] core::Result<core::Endpoint> endpoint() const;
    // Empty when valid.
    [[nodiscard]] QString problem() const { return m_problem; }
    // groupAdvice() for a valid group: it works, but is rarely what a tester wants.
    [[nodiscard]] QString advice() const { return m_advice; }

    void setText(const QString &text);
    [[nodiscard]] QString text() const;

    // Moves text to the top of the recent values.
    void remember(const QString &text);
    [[nodiscard]] QStringList history() const;
    void setHistory(const QStringList &history);

Q_SIGNALS:
    // After every edit: problem and advice are current.
    void validated();

private:
    void validate();

    QString m_problem;
    QString m_advice;
};

} // namespace mct::ui
