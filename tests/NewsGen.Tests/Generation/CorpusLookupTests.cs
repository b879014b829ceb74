using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Generation;

/// <summary>
/// <c>NewsCorpus.TryGet</c>, <c>InFolder</c> and the indexer search one sorted table of ids and reach each article
/// through the generated file that holds it. Checked against a plain model of what they promise (ordinal equality,
/// ordinal <c>folder + "/"</c> prefix, ordinal order) on ids chosen to sit on either side of '/' in ordinal order,
/// and on enough articles that every generated file holds several.
/// </summary>
public sealed class CorpusLookupTests
{
    // '-' and '.' sort before '/', '0' right after it: a prefix test that looked at characters instead of folders,
    // or a search that stopped one id early, would put these in the wrong folder.
    private static readonly string[] EdgeIds =
    {
        "a", "a-b", "a.b", "a/b", "a/b/c", "a/b-c", "a/c", "a0", "ab", "b/x", "é/x", "zz/y/z",
    };

    private static readonly string[] Ids = EdgeIds
        .Concat(Enumerable.Range(0, 400).Select(i => "bulk/" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture)))
        .ToArray();

    private static readonly string[] Lookups =
    {
        "", "a/", "a/b/", "bulk", "bulk/", "bulk/400", "bulk/39", "zzz", "a-", "0", "A", "zz/y",
    };

    private static readonly string[] Folders =
    {
        "", "a", "a/", "a/b", "a-b", "a0", "b", "bulk", "é", "zz", "zz/y", "nowhere", "A",
    };

    [Fact]
    public void Lookup_by_id_and_by_folder_and_the_order_match_ordinal_string_rules()
    {
        // Type names of their own: "a-b", "a.b" and "ab" would all be named AB, and a clash leaves an article out.
        ArticleFile[] files = Ids
            .Select((id, i) => new ArticleFile("/p/articles/" + id + ".txt", "Article " + id + ".\n", Metadata: new Dictionary<string, string> { ["Link"] = id + ".txt", ["TypeName"] = "Story" + i }))
            .ToArray();
        string[] found = Ids.Concat(Lookups).ToArray();

        GeneratorRun run = GeneratorHarness.Run(files, consumerCode: Consumer(found, Folders));

        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationDiagnostics);
        using CompiledAssembly assembly = CompiledAssembly.Load(run.Compilation);
        string[] actual = ((string)assembly.Call("Consumer.Lookups", "All")!).Split('\n');

        string[] sorted = Ids.OrderBy(id => id, StringComparer.Ordinal).ToArray();
        var expected = new List<string> { "order " + string.Join(",", sorted) };
        expected.AddRange(found.Select(id => "get " + id + " " + (Ids.Contains(id, StringComparer.Ordinal) ? id : "-")));
        expected.AddRange(Folders.Select(folder => "folder " + folder + " " + string.Join(",", sorted.Where(id => id.StartsWith(folder + "/", StringComparison.Ordinal)))));
        expected.Add("null False 0");
        Assert.Equal(expected, actual);
    }

    private static string Consumer(IEnumerable<string> ids, IEnumerable<string> folders)
    {
        var code = new StringBuilder();
        code.AppendLine("namespace Consumer");
        code.AppendLine("{");
        code.AppendLine("    internal static class Lookups");
        code.AppendLine("    {");
        code.AppendLine("        public static string All()");
        code.AppendLine("        {");
        code.AppendLine("            var all = new System.Collections.Generic.List<string>();");
        code.AppendLine("            var order = new System.Collections.Generic.List<string>();");
        code.AppendLine("            for (int i = 0; i < Test.Articles.NewsCorpus.Articles.Count; i++) order.Add(Test.Articles.NewsCorpus.Articles[i].Id);");
        code.AppendLine("            all.Add(\"order \" + string.Join(\",\", order));");
        foreach (string id in ids)
        {
            code.AppendLine("            all.Add(\"get " + id + " \" + (Test.Articles.NewsCorpus.TryGet(\"" + id + "\", out var a" + code.Length + ") ? a" + code.Length + ".Id : \"-\"));");
        }

        foreach (string folder in folders)
        {
            code.AppendLine("            { var ids = new System.Collections.Generic.List<string>(); foreach (var article in Test.Articles.NewsCorpus.InFolder(\"" + folder + "\")) ids.Add(article.Id); all.Add(\"folder " + folder + " \" + string.Join(\",\", ids)); }");
        }

        code.AppendLine("            all.Add(\"null \" + Test.Articles.NewsCorpus.TryGet(null!, out _) + \" \" + Test.Articles.NewsCorpus.InFolder(null!).Count);");
        code.AppendLine("            return string.Join(\"\\n\", all);");
        code.AppendLine("        }");
        code.AppendLine("    }");
        code.AppendLine("}");
        return code.ToString();
    }
}
