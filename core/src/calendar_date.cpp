#include "calendar_date.hpp"

namespace benefits {

namespace {

constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in(int month, int year) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

int number(std::string_view digits) {
    int n = 0;
    for (char c : digits) n = n * 10 + (c - '0');
    return n;
}

}  // namespace

std::optional<std::string> date_problem(std::string_view text) {
    const std::string quoted = "\"" + std::string(text) + "\"";
    bool shape = text.size() == 10 && text[4] == '-' && text[7] == '-';
    for (std::size_t i = 0; shape && i < text.size(); ++i)
        if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) shape = false;
    if (!shape) return "expected a date as YYYY-MM-DD, got " + quoted;
    const int year = number(text.substr(0, 4)), month = number(text.substr(5, 2)), day = number(text.substr(8, 2));
    if (month < 1 || month > 12) return quoted + " is not a date: there is no month " + std::to_string(month);
    if (day < 1) return quoted + " is not a date: there is no day 0";
    if (day > days_in(month, year))
        return quoted + " is not a date: " + kMonths[month - 1] + " " + std::string(text.substr(0, 4)) + " has " +
               std::to_string(days_in(month, year)) + " days";
    if (year < kFirstYear || year > kLastYear)
        return quoted + " is outside the years " + std::to_string(kFirstYear) + " to " + std::to_string(kLastYear);
    return std::nullopt;
}

}  // namespace benefits
