using System.Collections.Generic;
using System.IO;
using NewsGen.Cli.Checking;
using NewsGen.Cli.Projects;

namespace NewsGen.Cli.Input;

/// <summary>Turns the command line's paths into the build's view of them: one project, or plain files and folders.</summary>
internal static class BuildViews
{
    /// <summary>
    /// The view of <paramref name="paths"/>, or null when there is none to check (the reason is in
    /// <paramref name="errors"/>; exit code 2). Errors that leave something to check (a missing file among several)
    /// are added to <paramref name="errors"/> too. <paramref name="properties"/> are the NewsGen properties the
    /// tool's options set: global properties of the evaluation for a project (as <c>-p:</c> on a build), the
    /// properties themselves for plain files.
    /// </summary>
    public static BuildView? Resolve(IReadOnlyList<string> paths, IReadOnlyDictionary<string, string> properties, TextWriter warnings, List<string> errors)
    {
        string? project = null;
        foreach (string path in paths)
        {
            if (ProjectFiles.Find(path, out string? ambiguous) is { } found)
            {
                project = found;
            }
            else if (ambiguous is not null)
            {
                errors.Add(ambiguous);
                return null;
            }
        }

        if (project is null)
        {
            return new BuildView(ArticleFileSet.Expand(paths, errors), properties, SeverityConfiguration.ByFolder(warnings), null);
        }

        if (paths.Count > 1)
        {
            // A project decides its own articles, properties and severities: mixing in other paths has no build meaning.
            errors.Add($"{project}: a project is checked on its own; name one project, or only article files and folders");
            return null;
        }

        ProjectView view = ProjectLoader.Load(project, properties);
        if (view.Error is not null)
        {
            errors.Add($"{project}: {view.Error}");
            return null;
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(project)) ?? ".";
        var severities = SeverityConfiguration.ForProject(warnings, view.ConfigFiles, CompilerWarningOptions.From(view.Warnings, folder));
        return new BuildView(view.Articles, view.Properties, severities, Path.GetFullPath(project));
    }
}
