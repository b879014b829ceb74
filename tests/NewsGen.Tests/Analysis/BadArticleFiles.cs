using System.Collections.Generic;
using System.Text;
using NewsGen.Tests.Infrastructure;

namespace NewsGen.Tests.Analysis;

/// <summary>
/// One minimal bad article per rule, with the exact diagnostic it must give: id, file and 1-based span. The
/// analyzer tests check each; the generator tests feed them all to the generator.
/// </summary>
internal static class BadArticleFiles
{
    public sealed record Case(string Name, ArticleFile File, string Expected)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<Case> All { get; } = new[]
    {
        new Case("empty", new ArticleFile("/articles/empty.txt", string.Empty), "NEWS001 empty.txt(1,1,1,1)"),
        new Case("white space only", new ArticleFile("/articles/blank.txt", "  \r\n\t\n \u00A0\n"), "NEWS001 blank.txt(1,1,1,1)"),
        new Case("byte order mark only", new ArticleFile("/articles/bom.txt", "\uFEFF\n"), "NEWS001 bom.txt(1,1,1,1)"),
        new Case("replacement character", new ArticleFile("/articles/fffd.txt", "First line.\nThe caf\uFFFD opened.\n"), "NEWS002 fffd.txt(2,8,2,9)"),
        new Case("lone surrogate", new ArticleFile("/articles/surrogate.txt", "A lone \uD800 half.\n"), "NEWS002 surrogate.txt(1,8,1,9)"),
        new Case("not UTF-8, decoded as Latin-1", new ArticleFile("/articles/latin1.txt", "One.\nThe caf\u00E9 opened.\n", Encoding: Encoding.Latin1), "NEWS002 latin1.txt(2,8,2,9)"),
        new Case("unclosed quotation", new ArticleFile("/articles/unclosed.txt", "Fine first line.\nHe said, \"We will rebuild the bridge.\nThe council met.\n"), "NEWS003 unclosed.txt(2,10,2,11)"),
        new Case("closing mark with nothing open", new ArticleFile("/articles/unopened.txt", "She said no\u201D and left.\n"), "NEWS003 unopened.txt(1,12,1,13)"),
        new Case("curly opened, straight closed", new ArticleFile("/articles/mismatched.txt", "\u201CWe will rebuild,\" she said.\n"), "NEWS004 mismatched.txt(1,18,1,19)"),
        new Case("reversed curly mark", new ArticleFile("/articles/reversed.txt", "They sought \u201Cexpedited review\u201C today.\n"), "NEWS004 reversed.txt(1,30,1,31)"),
        new Case("lost paragraph break", new ArticleFile("/articles/lostbreak.txt", "He said: \"We are done. \"Now we go home.\"\n"), "NEWS016 lostbreak.txt(1,24,1,25)"),
        new Case("decoded twice", new ArticleFile("/articles/mojibake.txt", "Fran\u00C3\u00A7ois said he didn\u00E2\u0080\u0099t.\n"), "NEWS017 mojibake.txt(1,1,1,10);NEWS017 mojibake.txt(1,19,1,27)"),
        new Case("NUL", new ArticleFile("/articles/nul.txt", "A clean first line.\nThe tape\0 ran out.\n"), "NEWS005 nul.txt(2,9,2,10)"),
        new Case("run of controls", new ArticleFile("/articles/controls.txt", "Bell\u0007\u0007\u001B rang.\n"), "NEWS005 controls.txt(1,5,1,8)"),
        new Case("C1 control", new ArticleFile("/articles/c1.txt", "He paused\u0085 then spoke.\n"), "NEWS005 c1.txt(1,10,1,11)"),
        new Case("bidi override", new ArticleFile("/articles/bidi.txt", "Access level: \u202Euser\u202C.\n"), "NEWS006 bidi.txt(1,15,1,16);NEWS006 bidi.txt(1,20,1,21)"),
        new Case("bidi isolates", new ArticleFile("/articles/isolate.txt", "Line one.\r\nIt reads \u2067\u2066 here.\r\n"), "NEWS006 isolate.txt(2,10,2,12)"),
        new Case("glued text", new ArticleFile("/articles/glued.txt", "Despite Trump's regretsThe latest sign came today.\n"), "NEWS007 glued.txt(1,17,1,27)"),
        new Case("duplicated paragraph", new ArticleFile("/articles/dup.txt", "First paragraph.\nSecond paragraph.\nFirst paragraph.\n"), "NEWS008 dup.txt(3,1,3,17)"),
        new Case("long paragraph", new ArticleFile("/articles/long.txt", "Short.\n  " + new string('a', 3001) + "\n"), "NEWS009 long.txt(2,3,2,3004)"),
        new Case("too large", new ArticleFile("/articles/large.txt", new string('x', 1024 * 1024) + "\n"), "NEWS010 large.txt(1,1,1,1)"),
        new Case("unreadable", new ArticleFile("/articles/unreadable.txt", null), "NEWS013 unreadable.txt(1,1,1,1)"),
        new Case("front-matter line outside the subset", new ArticleFile("/articles/fm-line.txt", "---\ntitle:Storm\n---\nThe council met.\n"), "NEWS021 fm-line.txt(2,1,2,12)"),
        new Case("front-matter date that does not exist", new ArticleFile("/articles/fm-date.txt", "---\r\ndate: 2023-02-29\r\n---\r\nThe council met.\r\n"), "NEWS022 fm-date.txt(2,7,2,17)"),
        new Case("front-matter key set twice", new ArticleFile("/articles/fm-dup.txt", "---\nsection: a\nsection: b\n---\nThe council met.\n"), "NEWS023 fm-dup.txt(3,1,3,8)"),
        new Case("front matter never closed", new ArticleFile("/articles/fm-unclosed.txt", "---\ntitle: Storm\nThe council met.\n"), "NEWS025 fm-unclosed.txt(1,1,1,4)"),
    };
}
