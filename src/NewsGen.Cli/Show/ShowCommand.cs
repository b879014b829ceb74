using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using NewsGen.Cli.Checking;
using NewsGen.Cli.Input;

namespace NewsGen.Cli.Show;

/// <summary><c>newsgen show</c>: what the generator sees in each file, as text or as one JSON document.</summary>
internal static class ShowCommand
{
    public static int Run(string[] paths, bool asJson, IReadOnlyDictionary<string, string> properties, CliConsole console)
    {
        var errors = new List<string>();
        if (BuildViews.Resolve(paths, properties, console.Error, errors) is not { } view)
        {
            return CheckCommand.PrintErrors(errors, console);
        }

        var checker = new ArticleChecker(view);
        var reports = new List<ArticleReport>();
        foreach (CheckedArticle checkedArticle in CheckCommand.CheckFiles(checker, keep: true, console))
        {
            if (checkedArticle is not { Text: { } text, Article: { } article, Name: { } name })
            {
                // The generator sees nothing in such a file; check reports it as NEWS013 or NEWS010.
                errors.Add($"{checkedArticle.Path}: {checkedArticle.ReadError ?? "larger than " + checker.Limits.MaxArticleBytes + " bytes of UTF-8; the generator skips it"}");
                continue;
            }

            reports.Add(new ArticleReport(checkedArticle.Path, text, article, name, checker.Namespace, checkedArticle.Diagnostics));
        }

        CheckCommand.PrintErrors(errors, console);

        // One file named alone gives its article; a project, a folder or several paths give the corpus they make.
        bool isCorpus = view.ProjectPath is not null || paths.Length > 1 || view.Articles.Count != 1;
        List<CorpusSpeaker> speakers = isCorpus ? CorpusSpeakers.Of(reports) : new List<CorpusSpeaker>();
        List<ReportedDiagnostic> projectDiagnostics = checker.ProjectDiagnostics();
        if (asJson)
        {
            console.Out.Flush();
            using Stream output = console.OpenStdout();
            using Utf8JsonWriter writer = ShowJsonWriter.Create(output);
            if (isCorpus)
            {
                ShowJsonWriter.WriteCorpus(writer, reports, speakers, projectDiagnostics);
            }
            else
            {
                foreach (ArticleReport report in reports)
                {
                    ShowJsonWriter.WriteArticle(writer, report);
                }
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

            if (isCorpus)
            {
                ShowTextWriter.WriteCorpus(console.Out, speakers, projectDiagnostics);
            }
        }

        return errors.Count > 0 ? NewsGenCommand.BadInput : NewsGenCommand.Success;
    }
}
