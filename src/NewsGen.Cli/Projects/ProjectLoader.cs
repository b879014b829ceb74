using System.Collections.Generic;
using System.IO;

namespace NewsGen.Cli.Projects;

/// <summary>
/// Loads a project's view for the tool: registers the SDK's MSBuild, then evaluates. The two steps live in
/// different classes because the JIT resolves MSBuild's types when it compiles a method that uses them, and
/// that must happen after the Locator has registered the SDK.
/// </summary>
internal static class ProjectLoader
{
    /// <summary>Evaluates <paramref name="projectPath"/>; <paramref name="globalProperties"/> act as <c>-p:Name=Value</c> on a build.</summary>
    public static ProjectView Load(string projectPath, IReadOnlyDictionary<string, string> globalProperties)
    {
        string fullPath = Path.GetFullPath(projectPath);
        if (MsBuildLocation.EnsureRegistered(Path.GetDirectoryName(fullPath) ?? ".") is { } noSdk)
        {
            return ProjectView.Failed(noSdk);
        }

        return ProjectEvaluator.Evaluate(fullPath, globalProperties);
    }
}
