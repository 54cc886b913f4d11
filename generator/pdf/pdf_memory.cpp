// A bump allocator for libharu, one per thread at a time.
#include "pdf/pdf_memory.h"

#include <cstdlib>

namespace publish::pdf {
namespace {

constexpr size_t block_size = 1 << 20;
constexpr size_t alignment = 16;  // what malloc gives on x86-64, and operator new[] for the blocks

thread_local PdfMemory* current = nullptr;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif
#else
constexpr bool sanitized = false;
#endif

}  // namespace

bool PdfMemory::pooled() { return !sanitized; }

PdfMemory::PdfMemory() : outer_(current) { current = this; }

PdfMemory::~PdfMemory() { current = outer_; }

void* PdfMemory::take(size_t size) {
    size = (size + alignment - 1) / alignment * alignment;
    if (size == 0) size = alignment;
    used_ += size;
    if (size > block_size / 4) {  // a large buffer gets a block of its own; the current one stays open
        blocks_.emplace_back(new std::byte[size]);  // operator new[] aligns to 16 bytes
        return blocks_.back().get();
    }
    if (size > left_) {
        blocks_.emplace_back(new std::byte[block_size]);
        next_ = blocks_.back().get();
        left_ = block_size;
    }
    void* p = next_;
    next_ += size;
    left_ -= size;
    return p;
}

void* PdfMemory::allocate(HPDF_UINT size) {
    return current && !sanitized ? current->take(size) : std::malloc(size);
}

void PdfMemory::release(void* pointer) {
    if (!current || sanitized) std::free(pointer);  // blocks are freed with their PdfMemory
}

}  // namespace publish::pdf
