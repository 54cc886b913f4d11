// Memory for one libharu document: carved from large blocks, all released together.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include <hpdf.h>

namespace publish::pdf {

/// libharu allocates every object, name, number and stream buffer separately (about 146,000
/// allocations for a 100-page report) and frees almost none of them before HPDF_Free. While a
/// PdfMemory is alive on a thread, `allocate`/`release` (for HPDF_NewEx) serve that thread's
/// libharu calls from its blocks: a pointer bump per allocation, nothing per free, and the
/// blocks go when the PdfMemory does (after HPDF_Free). A document must be created and freed
/// within the same PdfMemory's life; without one, they fall back to malloc and free.
class PdfMemory {
public:
    PdfMemory();
    ~PdfMemory();
    PdfMemory(const PdfMemory&) = delete;
    PdfMemory& operator=(const PdfMemory&) = delete;

    static void* allocate(HPDF_UINT size);
    static void release(void* pointer);

    /// Bytes handed out so far (for tests).
    size_t used() const { return used_; }

    /// False under AddressSanitizer: every allocation is then a malloc of its own, so that an
    /// overrun inside libharu is caught rather than landing in the next piece of a block.
    static bool pooled();

private:
    void* take(size_t size);

    std::vector<std::unique_ptr<std::byte[]>> blocks_;
    size_t left_ = 0;       ///< free bytes at the end of the last block
    std::byte* next_ = nullptr;
    size_t used_ = 0;
    PdfMemory* outer_ = nullptr;  ///< the thread's previous PdfMemory, restored on destruction
};

}  // namespace publish::pdf
