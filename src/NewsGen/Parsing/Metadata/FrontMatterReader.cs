using System;
using System.Collections.Generic;
using System.Globalization;
using NewsGen.Model;
using NewsGen.Parsing.Checks;

namespace NewsGen.Parsing.Metadata;

/// <summary>
/// Reads the optional front-matter block an article may open with: a YAML-style subset documented in
/// docs/metadata.md (a <c>---</c> line at the very top, <c>key: value</c> lines, lists as <c>[a, b]</c> or as
/// <c>- item</c> lines, quoted values, <c># comments</c>, a closing <c>---</c> line). Roslyn-free and pure, shared
/// by generator, analyzer and CLI. It never guesses: a line outside the subset is reported (NEWS021) and skipped,
/// never read as something it might mean; an unclosed block takes nothing from the text.
/// </summary>
public static class FrontMatterReader
{
    /// <summary>The line that opens and closes the block.</summary>
    public const string Fence = "---";

    /// <summary>Reads the block at the top of <paramref name="text"/>, if any (a leading U+FEFF is skipped).</summary>
    public static FrontMatterResult Read(string text)
    {
        int top = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var lines = new List<(int Start, int End, int Next)>();
        for (int position = top; position < text.Length;)
        {
            int end = position;
            while (end < text.Length && text[end] != '\n' && text[end] != '\r')
            {
                end++;
            }

            int next = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : Math.Min(end + 1, text.Length);
            lines.Add((position, end, next));
            position = next;
        }

        var reader = new Reader(text);
        if (lines.Count == 0 || !IsFence(text, lines[0].Start, lines[0].End))
        {
            return new FrontMatterResult(false, FrontMatter.None, 0, 1, EquatableArray<MetadataProblem>.Empty);
        }

        int close = -1;
        for (int n = 1; n < lines.Count; n++)
        {
            if (IsFence(text, lines[n].Start, lines[n].End))
            {
                close = n;
                break;
            }
        }

        if (close < 0)
        {
            reader.Problem(DiagnosticIds.UnclosedFrontMatter, lines[0].Start, Fence.Length);
            return new FrontMatterResult(false, FrontMatter.None, 0, 1, new EquatableArray<MetadataProblem>(reader.Problems));
        }

        for (int n = 1; n < close; n++)
        {
            reader.Line(lines[n].Start, lines[n].End);
        }

        return new FrontMatterResult(true, reader.Finish(), lines[close].Next, close + 2, new EquatableArray<MetadataProblem>(reader.Problems));
    }

    /// <summary>
    /// NEWS024 for every key of <paramref name="requiredKeys"/> the block does not set (and that
    /// <paramref name="givenOtherwise"/>, when set, does not say the article gives some other way), at the opening
    /// fence (or at the start of the text when there is no block), in the order the keys are given.
    /// </summary>
    public static EquatableArray<MetadataProblem> CheckRequired(string text, FrontMatterResult result, IEnumerable<string> requiredKeys, Func<string, bool>? givenOtherwise = null)
    {
        var reader = new Reader(text);
        int top = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        foreach (string key in requiredKeys)
        {
            if (!result.Metadata.Has(key) && !(givenOtherwise?.Invoke(key) ?? false))
            {
                reader.Problem(DiagnosticIds.RequiredMetadataMissing, top, result.HasBlock ? Fence.Length : 0, key);
            }
        }

        return new EquatableArray<MetadataProblem>(reader.Problems);
    }

    private static bool IsFence(string text, int start, int end)
    {
        while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        {
            end--;
        }

        return end - start == Fence.Length && string.CompareOrdinal(text, start, Fence, 0, Fence.Length) == 0;
    }

    /// <summary>The state of one block being read: the entries so far, the open list, the problems.</summary>
    private sealed class Reader
    {
        private readonly string _text;
        private readonly List<Entry> _entries = new();
        private readonly Dictionary<string, int> _firstLine = new(StringComparer.Ordinal);
        private Entry? _openList;
        private bool _discardItems;

        public Reader(string text) => _text = text;

        public List<MetadataProblem> Problems { get; } = new();

        public void Problem(string id, int start, int length, params string[] arguments)
        {
            (int line, int column) = Position(start);
            Problems.Add(new MetadataProblem(id, start, length, line, column, new EquatableArray<string>(arguments)));
        }

        public void Line(int start, int end)
        {
            int first = start;
            while (first < end && (_text[first] == ' ' || _text[first] == '\t'))
            {
                first++;
            }

            int last = end;
            while (last > first && (_text[last - 1] == ' ' || _text[last - 1] == '\t'))
            {
                last--;
            }

            if (first == last || _text[first] == '#')
            {
                return;
            }

            if (_text[first] == '-' && (first + 1 == last || _text[first + 1] == ' ' || _text[first + 1] == '\t'))
            {
                ListItem(first, last);
                return;
            }

            _openList = null;
            _discardItems = false;
            if (first != start)
            {
                Problem(DiagnosticIds.MalformedFrontMatter, first, last - first, "an indented line (a nested value) is not part of the supported subset");
                return;
            }

            int colon = start;
            while (colon < last && IsKeyChar(_text[colon]))
            {
                colon++;
            }

            if (colon == start || colon == last || _text[colon] != ':' || (colon + 1 < last && _text[colon + 1] != ' ' && _text[colon + 1] != '\t'))
            {
                Problem(DiagnosticIds.MalformedFrontMatter, start, last - start, "'" + _text.Substring(start, last - start) + "' is not a 'key: value' line");
                return;
            }

            string key = _text.Substring(start, colon - start);
            if (_firstLine.TryGetValue(key, out int firstLine))
            {
                Problem(DiagnosticIds.DuplicateMetadataKey, start, key.Length, key, firstLine.ToString(CultureInfo.InvariantCulture));
                _discardItems = true;
                return;
            }

            _firstLine[key] = Position(start).Line;
            int value = colon + 1;
            while (value < last && (_text[value] == ' ' || _text[value] == '\t'))
            {
                value++;
            }

            var entry = new Entry(key, start);
            if (value == last || _text[value] == '#')
            {
                // No value on the line: `- item` lines may follow; without them the value is empty.
                entry.ValueStart = value;
                _openList = entry;
                _entries.Add(entry);
                return;
            }

            char c = _text[value];
            if (c == '{' || c == '|' || c == '>' || c == '&' || c == '*' || c == '!')
            {
                Problem(DiagnosticIds.MalformedFrontMatter, value, last - value, "maps, block scalars, anchors and tags are not part of the supported subset");
                return;
            }

            if (c == '[')
            {
                if (FlowList(value, last, entry))
                {
                    _entries.Add(entry);
                }

                return;
            }

            if (Scalar(value, last, out string? scalar, out int valueEnd))
            {
                entry.ValueStart = value;
                entry.ValueLength = valueEnd - value;
                entry.Scalar = scalar;
                _entries.Add(entry);
            }
        }

        public FrontMatter Finish()
        {
            string? title = null, section = null, source = null, url = null;
            MetadataDate? date = null;
            EquatableArray<string> authors = EquatableArray<string>.Empty, tags = EquatableArray<string>.Empty;
            var keys = new List<string>();
            var extra = new List<MetadataEntry>();
            foreach (Entry entry in _entries)
            {
                keys.Add(entry.Key);
                switch (entry.Key)
                {
                    case "title":
                        title = One(entry);
                        break;
                    case "section":
                        section = One(entry);
                        break;
                    case "source":
                        source = One(entry);
                        break;
                    case "url":
                        url = One(entry);
                        break;
                    case "authors":
                        authors = new EquatableArray<string>(entry.Values());
                        break;
                    case "tags":
                        tags = new EquatableArray<string>(entry.Values());
                        break;
                    case "date":
                        string? text = One(entry);
                        if (text is not null && !IsoDate.TryParse(text, out date, out string reason))
                        {
                            Problem(DiagnosticIds.InvalidMetadataDate, entry.ValueStart, Math.Max(entry.ValueLength, 0), text, text.Length == 0 ? "it is empty" : reason);
                        }

                        break;
                    default:
                        List<string> values = entry.Values();
                        extra.Add(new MetadataEntry(entry.Key, entry.Items is null ? entry.Scalar ?? string.Empty : string.Join(", ", values), entry.Items is not null, new EquatableArray<string>(values)));
                        break;
                }
            }

            // Stable: two problems at one place stay in the order they were found, so the output is the same on every run.
            var ordered = new List<MetadataProblem>(System.Linq.Enumerable.OrderBy(Problems, p => p.Start));
            Problems.Clear();
            Problems.AddRange(ordered);
            return new FrontMatter(title, date, authors, section, tags, source, url, new EquatableArray<string>(keys), new EquatableArray<MetadataEntry>(extra));
        }

        private string? One(Entry entry)
        {
            if (entry.Items is not null)
            {
                Problem(DiagnosticIds.MalformedFrontMatter, entry.KeyStart, entry.Key.Length, "'" + entry.Key + "' takes one value, not a list");
                return null;
            }

            return entry.Scalar ?? string.Empty;
        }

        private void ListItem(int first, int last)
        {
            if (_discardItems)
            {
                return;
            }

            if (_openList is null)
            {
                Problem(DiagnosticIds.MalformedFrontMatter, first, last - first, "a '- item' line must follow a key with no value on its line");
                return;
            }

            int value = first + 1;
            while (value < last && (_text[value] == ' ' || _text[value] == '\t'))
            {
                value++;
            }

            _openList.Items ??= new List<string>();
            if (value < last && Scalar(value, last, out string? item, out _) && item!.Length > 0)
            {
                _openList.Items.Add(item);
            }
        }

        private bool FlowList(int open, int last, Entry entry)
        {
            var items = new List<string>();
            int i = open + 1;
            while (true)
            {
                while (i < last && (_text[i] == ' ' || _text[i] == '\t'))
                {
                    i++;
                }

                if (i >= last)
                {
                    Problem(DiagnosticIds.MalformedFrontMatter, open, last - open, "the list opened with '[' is not closed on its line");
                    return false;
                }

                if (_text[i] == ']')
                {
                    break;
                }

                string item;
                if (_text[i] == '"' || _text[i] == '\'')
                {
                    if (!Quoted(i, last, out item, out int end))
                    {
                        return false;
                    }

                    i = end;
                }
                else
                {
                    int start = i;
                    while (i < last && _text[i] != ',' && _text[i] != ']')
                    {
                        i++;
                    }

                    item = _text.Substring(start, i - start).TrimEnd(' ', '\t');
                }

                if (item.Length > 0)
                {
                    items.Add(item);
                }

                while (i < last && (_text[i] == ' ' || _text[i] == '\t'))
                {
                    i++;
                }

                if (i < last && _text[i] == ',')
                {
                    i++;
                }
                else if (i >= last)
                {
                    Problem(DiagnosticIds.MalformedFrontMatter, open, last - open, "the list opened with '[' is not closed on its line");
                    return false;
                }
                else if (_text[i] != ']')
                {
                    Problem(DiagnosticIds.MalformedFrontMatter, open, last - open, "the list's items must be separated by commas and closed by ']'");
                    return false;
                }
            }

            if (!OnlyComment(i + 1, last))
            {
                Problem(DiagnosticIds.MalformedFrontMatter, i + 1, last - i - 1, "text follows the list's closing ']'");
                return false;
            }

            entry.Items = items;
            entry.ValueStart = open;
            entry.ValueLength = i + 1 - open;
            return true;
        }

        private bool Scalar(int value, int last, out string? scalar, out int end)
        {
            if (_text[value] == '"' || _text[value] == '\'')
            {
                if (!Quoted(value, last, out string quoted, out end))
                {
                    scalar = null;
                    return false;
                }

                if (!OnlyComment(end, last))
                {
                    Problem(DiagnosticIds.MalformedFrontMatter, end, last - end, "text follows the closing quotation mark");
                    scalar = null;
                    return false;
                }

                scalar = quoted;
                return true;
            }

            // A plain value runs to the end of the line or to a '#' after white space (a comment), as in YAML,
            // so `url: https://example.com/a#part` keeps its fragment.
            end = value;
            while (end < last && !(_text[end] == '#' && (_text[end - 1] == ' ' || _text[end - 1] == '\t')))
            {
                end++;
            }

            while (end > value && (_text[end - 1] == ' ' || _text[end - 1] == '\t'))
            {
                end--;
            }

            scalar = _text.Substring(value, end - value);
            return true;
        }

        private bool Quoted(int open, int last, out string value, out int end)
        {
            char quote = _text[open];
            var builder = new System.Text.StringBuilder();
            for (int i = open + 1; i < last; i++)
            {
                char c = _text[i];
                if (c == quote)
                {
                    if (quote == '\'' && i + 1 < last && _text[i + 1] == '\'')
                    {
                        builder.Append('\'');
                        i++;
                        continue;
                    }

                    value = builder.ToString();
                    end = i + 1;
                    return true;
                }

                if (c == '\\' && quote == '"')
                {
                    char next = i + 1 < last ? _text[i + 1] : '\0';
                    string? escaped = next switch { '"' => "\"", '\\' => "\\", '/' => "/", 'n' => "\n", 't' => "\t", _ => null };
                    if (escaped is null)
                    {
                        Problem(DiagnosticIds.MalformedFrontMatter, i, Math.Min(2, last - i), "only the escapes \\\" \\\\ \\/ \\n and \\t are supported in a double-quoted value");
                        value = string.Empty;
                        end = last;
                        return false;
                    }

                    builder.Append(escaped);
                    i++;
                    continue;
                }

                builder.Append(c);
            }

            Problem(DiagnosticIds.MalformedFrontMatter, open, last - open, "the quoted value is not closed on its line");
            value = string.Empty;
            end = last;
            return false;
        }

        private bool OnlyComment(int from, int last)
        {
            while (from < last && (_text[from] == ' ' || _text[from] == '\t'))
            {
                from++;
            }

            return from == last || _text[from] == '#';
        }

        private static bool IsKeyChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';

        private (int Line, int Column) Position(int offset)
        {
            int line = 1, lineStart = 0;
            for (int i = 0; i < offset && i < _text.Length; i++)
            {
                if (_text[i] == '\n' || (_text[i] == '\r' && (i + 1 >= _text.Length || _text[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return (line, offset - lineStart + 1);
        }
    }

    /// <summary>One key as read, before its value is typed.</summary>
    private sealed class Entry
    {
        public Entry(string key, int keyStart)
        {
            Key = key;
            KeyStart = keyStart;
        }

        public string Key { get; }

        public int KeyStart { get; }

        public int ValueStart { get; set; }

        public int ValueLength { get; set; }

        public string? Scalar { get; set; }

        public List<string>? Items { get; set; }

        public List<string> Values() =>
            Items ?? (string.IsNullOrEmpty(Scalar) ? new List<string>() : new List<string> { Scalar! });
    }
}
