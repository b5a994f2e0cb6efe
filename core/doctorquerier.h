// The doctor's `querier` check: is an IGMP/MLD querier heard on the interfaces checked?
#pragma once

#include "doctor.h"
#include "interfaces.h"
#include "queriersocket.h"

#include <QDeadlineTimer>

#include <memory>

namespace mct::core {

class QuerierCheck final
{
public:
    // Opens the raw socket now, so that the queries arriving during the doctor's other checks count.
    explicit QuerierCheck(bool ipv6);
    // Listens until a query has been heard on every interface, or until the deadline.
    [[nodiscard]] DoctorCheck run(const DoctorOptions &options, const QList<InterfaceInfo> &interfaces,
                                  const QDeadlineTimer &deadline);

private:
    bool m_ipv6 = false;
    std::unique_ptr<QuerierSocket> m_socket;
    QString m_error; // why there is no socket
};

} // namespace mct::core
