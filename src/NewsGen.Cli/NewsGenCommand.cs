using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using NewsGen.Cli.Input;
using NewsGen.Cli.Show;
using NewsGen.Parsing;

namespace NewsGen.Cli;

/// <summary>Wires the commands: <c>newsgen check</c> and <c>newsgen show</c>.</summary>
internal static class NewsGenCommand
{
    public const int Success = 0;
    public const int ErrorsFound = 1;
    public const int BadInput = 2;

    // The default size limit for one article; the analyzer's NewsGenMaxArticleBytes default.
    private const long DefaultMaxBytes = 1024 * 1024;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Article files, or folders to search for *.txt files." };
        var json = new Option<bool>("--json") { Description = "Print one JSON document (an array when several files are given)." };
        var paragraphs = new Option<ParagraphRule>("--paragraphs") { Description = "How lines make paragraphs: Lines (default) or BlankLines.", DefaultValueFactory = _ => ParagraphRule.Lines };

        var show = new Command("show", "Print what the generator sees in article files: paragraphs, lede, credit, quotes, speakers.")
        {
            paths, json, paragraphs,
        };
        show.SetAction(result => RunShow(result.GetValue(paths)!, result.GetValue(json), result.GetValue(paragraphs), stdout, stderr, openStdout));

        var root = new RootCommand("newsgen: check and inspect NewsGen article files without a build.") { show };
        ParseResult parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        return parsed.Invoke(configuration);
    }

    private static int RunShow(string[] paths, bool asJson, ParagraphRule rule, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout)
    {
        var errors = new List<string>();
        IReadOnlyList<string> files = ArticleFileSet.Expand(paths, errors);
        var reports = new List<ArticleReport>();
        foreach (string file in files)
        {
            ArticleSource source = ArticleSource.Read(file, DefaultMaxBytes);
            if (source.Text is null)
            {
                errors.Add($"{file}: {source.Error ?? "larger than " + DefaultMaxBytes + " bytes"}");
                continue;
            }

            reports.Add(new ArticleReport(file, source.Text, ArticleParser.Parse(source.Text, rule)));
        }

        foreach (string error in errors)
        {
            stderr.WriteLine("newsgen: " + error);
        }

        if (asJson)
        {
            stdout.Flush();
            using Stream output = openStdout();
            using Utf8JsonWriter writer = ShowJsonWriter.Create(output);
            bool many = paths.Length > 1 || files.Count != 1;
            if (many)
            {
                writer.WriteStartArray();
            }

            foreach (ArticleReport report in reports)
            {
                ShowJsonWriter.WriteArticle(writer, report);
            }

            if (many)
            {
                writer.WriteEndArray();
            }

            writer.Flush();
            output.WriteByte((byte)'\n');
        }
        else
        {
            foreach (ArticleReport report in reports)
            {
                ShowTextWriter.Write(stdout, report);
            }
        }

        return errors.Count > 0 ? BadInput : Success;
    }
}
