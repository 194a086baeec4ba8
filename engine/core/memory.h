// Giving freed heap memory back to the system while a long document is
// written (issue 17).
#pragma once

namespace vanthu::core {

// Returns the free pages inside the heap to the system (glibc's
// malloc_trim; nothing elsewhere). A writer that frees its input as it
// writes one large output calls it now and then: the output is one large
// mapping, so nothing else reuses the small blocks freed, and without this
// the peak would still be input and output together.
void return_free_memory();

}  // namespace vanthu::core
