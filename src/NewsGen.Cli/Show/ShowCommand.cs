using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using NewsGen.Cli.Checking;
using NewsGen.Cli.Input;
using NewsGen.Parsing;
using NewsGen.Parsing.Checks;

namespace NewsGen.Cli.Show;

/// <summary><c>newsgen show</c>: what the generator sees in each file, as text or as one JSON document.</summary>
internal static class ShowCommand
{
    public static int Run(string[] paths, bool asJson, CheckSettings settings, CliConsole console)
    {
        var errors = new List<string>();
        IReadOnlyList<string> files = ArticleFileSet.Expand(paths, errors);
        var reports = new List<ArticleReport>();
        foreach (CheckedArticle checkedArticle in CheckCommand.CheckFiles(files, settings, keepText: true, console))
        {
            if (checkedArticle.Text is not { } text || ArticleLimits.IsTooLarge(text, settings.Limits.MaxArticleBytes))
            {
                // The generator sees nothing in such a file; check reports it as NEWS013 or NEWS010.
                errors.Add($"{checkedArticle.Path}: {checkedArticle.ReadError ?? "larger than " + settings.Limits.MaxArticleBytes + " bytes of UTF-8; the generator skips it"}");
                continue;
            }

            reports.Add(new ArticleReport(checkedArticle.Path, text, ArticleParser.Parse(text, settings.Paragraphs), checkedArticle.Diagnostics));
        }

        foreach (string error in errors)
        {
            console.Error.WriteLine("newsgen: " + error);
        }

        if (asJson)
        {
            console.Out.Flush();
            using Stream output = console.OpenStdout();
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
                ShowTextWriter.Write(console.Out, report);
            }
        }

        return errors.Count > 0 ? NewsGenCommand.BadInput : NewsGenCommand.Success;
    }
}
