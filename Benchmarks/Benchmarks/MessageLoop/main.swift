import Dispatch
import Localization

// Formats a cached plural message in a loop and prints messages per second (one thread):
//   swift build -c release --product MessageLoop && .build/release/MessageLoop 200000
let count = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 200_000 : 200_000
let cache = MessageFormatCache()
let locale = try ResolvedLocale("ru")
let pattern = "{n, plural, one{# товар} few{# товара} many{# товаров} other{# товара}}"
let numbers = (0..<100).map { MessageArgument.number(String($0)) }
let start = DispatchTime.now().uptimeNanoseconds
var length = 0
for index in 0..<count {
    length &+= try cache.format(pattern, locale: locale, ["n": numbers[index % 100]]).utf8.count
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
print("\(count) messages in \(seconds) s: \(Int(Double(count) / seconds)) messages/s (\(length) bytes)")
