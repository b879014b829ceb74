using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.PropertyBased;

/// <summary>
/// The generated code compiled, loaded into a collectible context and read back at run time: constants through
/// reflection, the UTF-8 spans and the views through a small probe compiled with them (spans cannot cross
/// reflection, so the probe copies them into arrays). Only framework types cross the context boundary.
/// </summary>
internal sealed class LoadedArticles : IDisposable
{
    private const string ProbeType = "NewsGenProbe.Reader";

    private readonly AssemblyLoadContext _context;
    private readonly Assembly _assembly;

    private LoadedArticles(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        _assembly = assembly;
    }

    /// <summary>Adds the probe to the compilation of a generator run, emits it and loads it.</summary>
    public static LoadedArticles Load(GeneratorRun run, IEnumerable<(string TypeName, int ParagraphCount)> articles)
    {
        SyntaxTree probe = CSharpSyntaxTree.ParseText(ProbeSource(articles), GeneratorHarness.ParseOptions(TargetProfile.Net100));
        Compilation compilation = run.Compilation.AddSyntaxTrees(probe);
        using var image = new MemoryStream();
        EmitResult result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));

        image.Position = 0;
        var context = new AssemblyLoadContext("NewsGen round trip", isCollectible: true);
        return new LoadedArticles(context, context.LoadFromStream(image));
    }

    /// <summary>The value of a constant of an article type, read from metadata.</summary>
    public object? Constant(string typeName, string member) =>
        ArticleType(typeName).GetField(member, BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue();

    /// <summary>The article's static <c>TextUtf8</c> and <c>ParagraphNUtf8</c> spans, copied.</summary>
    public byte[][] Utf8Members(string typeName) => (byte[][])Probe("Utf8_" + typeName);

    /// <summary>The article as the corpus view shows it, or null when <c>TryGet</c> does not find the id.</summary>
    public ArticleView? View(string id) =>
        Probe("View", id) is object[] parts
            ? new ArticleView((string)parts[0], (string)parts[1], (bool)parts[2], (string)parts[3], (string)parts[4], (int)parts[5], (byte[])parts[6], (string[])parts[7], (byte[][])parts[8])
            : null;

    /// <summary>The ids the corpus enumerates, in order.</summary>
    public string[] CorpusIds() => (string[])Probe("Ids");

    public void Dispose() => _context.Unload();

    private Type ArticleType(string typeName) =>
        _assembly.GetType(GeneratorHarness.Namespace + "." + typeName) ?? throw new InvalidOperationException("No type " + typeName);

    private object Probe(string method, params object[] arguments) =>
        _assembly.GetType(ProbeType)!.GetMethod(method)!.Invoke(null, arguments)!;

    private static string ProbeSource(IEnumerable<(string TypeName, int ParagraphCount)> articles)
    {
        string ns = "global::" + GeneratorHarness.Namespace;
        var utf8Readers = articles.Select(article =>
        {
            string qualified = ns + "." + article.TypeName;
            var copies = Enumerable.Range(0, article.ParagraphCount).Select(n => $"{qualified}.ParagraphUtf8({n}).ToArray(), ");
            return $"        public static byte[][] Utf8_{article.TypeName}() => new byte[][] {{ {qualified}.TextUtf8.ToArray(), {string.Concat(copies)}}};";
        });

        return $$"""
            namespace NewsGenProbe
            {
                internal static class Reader
                {
                    public static string[] Ids()
                    {
                        var ids = new System.Collections.Generic.List<string>();
                        foreach ({{ns}}.NewsArticle article in {{ns}}.NewsCorpus.Articles)
                        {
                            ids.Add(article.Id);
                        }

                        return ids.ToArray();
                    }

                    public static object[]? View(string id)
                    {
                        if (!{{ns}}.NewsCorpus.TryGet(id, out {{ns}}.NewsArticle article))
                        {
                            return null;
                        }

                        var paragraphs = new System.Collections.Generic.List<string>();
                        var utf8 = new System.Collections.Generic.List<byte[]>();
                        foreach ({{ns}}.NewsParagraph paragraph in article.Paragraphs)
                        {
                            paragraphs.Add(paragraph.Text);
                            utf8.Add(paragraph.Utf8.ToArray());
                        }

                        return new object[] { article.Id, article.Title, article.HasTitle, article.Lede, article.Text, article.WordCount, article.TextUtf8.ToArray(), paragraphs.ToArray(), utf8.ToArray() };
                    }

            {{string.Join("\n\n", utf8Readers)}}
                }
            }
            """;
    }
}

/// <summary>What the generated <c>NewsArticle</c> view shows at run time.</summary>
internal sealed record ArticleView(string Id, string Title, bool HasTitle, string Lede, string Text, int WordCount, byte[] TextUtf8, string[] Paragraphs, byte[][] ParagraphsUtf8);
