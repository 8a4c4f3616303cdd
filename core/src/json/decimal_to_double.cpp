#include "json/decimal_to_double.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace benefits {
namespace {

// Significant digits kept; those after them only decide a tie ("sticky"). A double's halfway point needs at most
// 768 significant digits to be told apart from its neighbours.
constexpr std::size_t kMaxDigits = 800;

// Powers of ten a double holds exactly.
constexpr double kExactPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// A non-negative integer of any size, with only what the conversion needs.
class BigInteger {
public:
    explicit BigInteger(std::uint32_t value = 0) {
        if (value) limbs_.push_back(value);
    }

    void multiply_add(std::uint32_t factor, std::uint32_t addend) {
        std::uint64_t carry = addend;
        for (auto& limb : limbs_) {
            const std::uint64_t v = std::uint64_t(limb) * factor + carry;
            limb = static_cast<std::uint32_t>(v);
            carry = v >> 32;
        }
        if (carry) limbs_.push_back(static_cast<std::uint32_t>(carry));
    }

    void multiply_by_power_of_ten(long n) {
        static constexpr std::uint32_t kSmall[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
        for (; n >= 9; n -= 9) multiply_add(1000000000u, 0);
        if (n > 0) multiply_add(kSmall[n], 0);
    }

    void shift_left(long bits) {
        if (limbs_.empty() || bits <= 0) return;
        const unsigned part = static_cast<unsigned>(bits % 32);
        if (part) {
            std::uint32_t carry = 0;
            for (auto& limb : limbs_) {
                const std::uint32_t next = limb >> (32 - part);
                limb = (limb << part) | carry;
                carry = next;
            }
            if (carry) limbs_.push_back(carry);
        }
        limbs_.insert(limbs_.begin(), static_cast<std::size_t>(bits / 32), 0u);
    }

    long bit_length() const {
        if (limbs_.empty()) return 0;
        return 32 * static_cast<long>(limbs_.size() - 1) + (32 - std::countl_zero(limbs_.back()));
    }

    int compare(const BigInteger& other) const {
        if (limbs_.size() != other.limbs_.size()) return limbs_.size() < other.limbs_.size() ? -1 : 1;
        for (std::size_t i = limbs_.size(); i-- > 0;)
            if (limbs_[i] != other.limbs_[i]) return limbs_[i] < other.limbs_[i] ? -1 : 1;
        return 0;
    }

    // *this -= other, which is not larger.
    void subtract(const BigInteger& other) {
        std::int64_t borrow = 0;
        for (std::size_t i = 0; i < limbs_.size(); ++i) {
            std::int64_t v = std::int64_t(limbs_[i]) - (i < other.limbs_.size() ? other.limbs_[i] : 0) - borrow;
            borrow = v < 0 ? 1 : 0;
            limbs_[i] = static_cast<std::uint32_t>(v + (borrow << 32));
        }
        while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
    }

private:
    std::vector<std::uint32_t> limbs_;  // least significant first
};

// floor(a / b), which must be below 2^55; a is left holding the remainder.
std::uint64_t divide(BigInteger& a, const BigInteger& b) {
    std::uint64_t quotient = 0;
    for (int bit = 54; bit >= 0; --bit) {
        BigInteger shifted = b;
        shifted.shift_left(bit);
        if (a.compare(shifted) >= 0) {
            a.subtract(shifted);
            quotient |= std::uint64_t(1) << bit;
        }
    }
    return quotient;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// digits × 10^exponent (+ a little more when sticky), rounded to the nearest double: the quotient of the two
// big integers scaled to 53 bits (fewer below the normal range), rounded by comparing twice the remainder with
// the divisor.
double exact(const std::string& digits, long exponent, bool sticky) {
    BigInteger numerator, denominator(1);
    for (std::size_t k = 0; k < digits.size(); k += 9) {
        std::uint32_t chunk = 0, scale = 1;
        for (std::size_t j = k; j < std::min(digits.size(), k + 9); ++j) {
            chunk = chunk * 10 + static_cast<std::uint32_t>(digits[j] - '0');
            scale *= 10;
        }
        numerator.multiply_add(scale, chunk);
    }
    if (exponent >= 0) numerator.multiply_by_power_of_ten(exponent);
    else denominator.multiply_by_power_of_ten(-exponent);

    // The result is quotient × 2^-shift; the quotient lands in [2^52, 2^54) first, in [2^52, 2^53) after at
    // most one step (the smallest exponent, 2^-1074, caps the shift: subnormals keep fewer bits).
    constexpr std::uint64_t kTwo53 = std::uint64_t(1) << 53;
    long shift = std::min(53 - (numerator.bit_length() - denominator.bit_length()), 1074L);
    for (;;) {
        BigInteger remainder = numerator, divisor = denominator;
        if (shift >= 0) remainder.shift_left(shift);
        else divisor.shift_left(-shift);
        std::uint64_t quotient = divide(remainder, divisor);
        if (quotient >= kTwo53) {
            --shift;
            continue;
        }
        remainder.shift_left(1);
        const int half = remainder.compare(divisor);
        if (half > 0 || (half == 0 && (sticky || (quotient & 1)))) ++quotient;
        return std::ldexp(static_cast<double>(quotient), static_cast<int>(-shift));  // exact, or infinity
    }
}

}  // namespace

double decimal_to_double(std::string_view text) {
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative) ++i;
    std::string digits;  // significant digits, without leading zeros
    long exponent = 0;   // the value is digits × 10^exponent
    bool sticky = false; // a non-zero digit was dropped after kMaxDigits
    for (; i < text.size() && is_digit(text[i]); ++i) {
        if (digits.empty() && text[i] == '0') continue;
        if (digits.size() < kMaxDigits) {
            digits += text[i];
        } else {
            sticky = sticky || text[i] != '0';
            ++exponent;
        }
    }
    if (i < text.size() && text[i] == '.') {
        for (++i; i < text.size() && is_digit(text[i]); ++i) {
            if (digits.empty() && text[i] == '0') {
                --exponent;
            } else if (digits.size() < kMaxDigits) {
                digits += text[i];
                --exponent;
            } else {
                sticky = sticky || text[i] != '0';
            }
        }
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        const bool below = i < text.size() && text[i] == '-';
        if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
        long written = 0;
        for (; i < text.size() && is_digit(text[i]); ++i)
            if (written < 100000000) written = written * 10 + (text[i] - '0');  // far past any double
        exponent += below ? -written : written;
    }

    const double sign = negative ? -1.0 : 1.0;
    if (digits.empty()) return sign * 0.0;
    const long magnitude = static_cast<long>(digits.size()) + exponent;  // 10^(magnitude-1) <= value < 10^magnitude
    if (magnitude > 310) return sign * std::numeric_limits<double>::infinity();
    if (magnitude < -330) return sign * 0.0;

    // Clinger's fast path: an exact integer times or over an exact power of ten, rounded once.
    if (!sticky && digits.size() <= 19 && exponent >= -22 && exponent <= 22) {
        std::uint64_t whole = 0;
        for (char c : digits) whole = whole * 10 + static_cast<std::uint64_t>(c - '0');
        if (whole <= (std::uint64_t(1) << 53)) {
            const double v = static_cast<double>(whole);
            return sign * (exponent < 0 ? v / kExactPowers[-exponent] : v * kExactPowers[exponent]);
        }
    }
    return sign * exact(digits, exponent, sticky);
}

}  // namespace benefits
