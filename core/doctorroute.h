// The doctor's `route` check (judgeRoute, declared in doctor.h for tests) and the fix for a missing route.
#pragma once

#include "doctor.h"

namespace mct::core {

// No route for the group and no interface named: choose one, or add the route (in the audience's words).
[[nodiscard]] QString routeFix(const DoctorOptions &options);

} // namespace mct::core
