using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.EndToEnd;

/// <summary>
/// Packs the real package into a folder feed, installs it into a new project the way users do, and builds:
/// warnings appear, a bad profile name gives FAPI0001, and the errors settings fail the build.
/// </summary>
public sealed class PackageEndToEndTests : IClassFixture<PackageEndToEndTests.PackedConsumer>
{
    private readonly PackedConsumer _consumer;

    public PackageEndToEndTests(PackedConsumer consumer) => _consumer = consumer;

    [Fact]
    public void Package_holds_the_analyzers_the_props_and_no_lib_folder()
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(_consumer.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("analyzers/dotnet/cs/Fapi.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Fapi.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("build/Fapi.Analyzers.props", entries);
        Assert.Contains("build/Fapi.Analyzers.targets", entries);
        Assert.Contains("build/Fapi.Analyzers.errors.globalconfig", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        var nuspec = new StreamReader(archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", nuspec);
    }

    [Fact]
    public void Build_shows_FAPI_warnings_and_succeeds()
    {
        var result = _consumer.Build();
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("warning FAPI1002", result.Output);
        Assert.Contains("warning FAPI2005", result.Output);
    }

    [Fact]
    public void Configuration_file_values_are_reported_on_their_json_lines_unless_turned_off()
    {
        var result = _consumer.Build();
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("appsettings.json(5,20): warning FAPI2001", result.Output);
        Assert.Contains("appsettings.Production.json(1,62): warning FAPI2003", result.Output);

        var off = _consumer.Build("-p:FapiConfigurationFiles=false");
        Assert.True(off.ExitCode == 0, off.Output);
        Assert.DoesNotContain("appsettings", off.Output);
    }

    [Fact]
    public void Unknown_profile_property_gives_FAPI0001()
    {
        var result = _consumer.Build("-p:FapiProfile=fapi3_imaginary");
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("warning FAPI0001", result.Output);
        Assert.Contains("fapi3_imaginary", result.Output);
    }

    [Fact]
    public void Profile_property_changes_the_verdict()
    {
        var result = _consumer.Build("-p:FapiProfile=fapi1_baseline");
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain("FAPI2005", result.Output);
        Assert.Contains("warning FAPI1002", result.Output);
    }

    [Fact]
    public void Category_severity_error_in_editorconfig_fails_the_build()
    {
        var result = _consumer.BuildWithEditorConfig("root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.category-FAPI.severity = error\n");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error FAPI1002", result.Output);
    }

    [Fact]
    public void Editorconfig_profile_none_turns_analysis_off_for_the_files()
    {
        var result = _consumer.BuildWithEditorConfig("root = true\n\n[*.cs]\nfapi_profile = none\n");
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain("FAPI1002", result.Output);
    }

    [Fact]
    public void Errors_preset_fails_the_build()
    {
        var result = _consumer.Build("-p:FapiAnalysisMode=errors");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error FAPI1002", result.Output);
    }

    [Fact]
    public void Dotnet_format_applies_the_fixes_of_several_rules_and_the_rebuilt_project_is_clean_of_them()
    {
        var program = Path.Combine(_consumer.ProjectDirectory, "Program.cs");
        var original = File.ReadAllText(program);
        try
        {
            var format = _consumer.Dotnet("format", "analyzers", "Consumer.csproj", "--diagnostics", "FAPI1002", "FAPI3001", "--severity", "warn", "--no-restore");
            Assert.True(format.ExitCode == 0, format.Output);
            var formatted = File.ReadAllText(program);
            Assert.NotEqual(original, formatted);
            Assert.Contains("TokenEndPointAuthMethod = \"private_key_jwt\"", formatted);
            Assert.Contains("DefaultTokenSignedResponseAlg = ", formatted);

            var rebuilt = _consumer.Build();
            Assert.True(rebuilt.ExitCode == 0, rebuilt.Output);
            foreach (var id in new[] { "FAPI1002", "FAPI3001" })
            {
                Assert.False(rebuilt.Output.Contains(id, StringComparison.Ordinal), id + " remains after dotnet format:\n" + formatted + "\n" + format.Output + rebuilt.Output);
            }
        }
        finally
        {
            File.WriteAllText(program, original);
        }
    }

    /// <summary>The package packed once and a consumer project restored from its folder feed.</summary>
    public sealed class PackedConsumer : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "fapi-e2e-" + Guid.NewGuid().ToString("N"));

        public PackedConsumer()
        {
            var feed = Path.Combine(_root, "feed");
            var project = Path.Combine(_root, "consumer");
            System.IO.Directory.CreateDirectory(project);
            var repository = TestReferences.RepositoryRoot;
            var version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            Run(repository, "pack", Path.Combine("src", "Fapi.Analyzers.Package", "Fapi.Analyzers.Package.csproj"), "-o", feed, "-c", "Release", "-p:Version=" + version).AssertSuccess();
            PackagePath = System.IO.Directory.GetFiles(feed, "*.nupkg").Single();

            File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                    <add key="restored" value="{TestReferences.PackagesFolder}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <OutputType>Library</OutputType>
                    <Nullable>disable</Nullable>
                    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                    <RestorePackagesPath>{Path.Combine(_root, "packages")}</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <FrameworkReference Include="Microsoft.AspNetCore.App" />
                    <PackageReference Include="Fapi.Analyzers" Version="{version}" PrivateAssets="all" />
                    <PackageReference Include="Microsoft.AspNetCore.Authentication.OpenIdConnect" Version="{TestReferences.AspNetCoreOpenIdConnectVersion}" />
                    <PackageReference Include="Microsoft.IdentityModel.Protocols.OpenIdConnect" Version="{TestReferences.IdentityModelVersion}" />
                    <ProjectReference Include="{Path.Combine(repository, "samples", "SimpleIdServer.Api", "SimpleIdServer.Api.csproj")}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(project, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(project, "Directory.Packages.props"), "<Project />");
            File.WriteAllText(Path.Combine(project, "Program.cs"), """
                using Microsoft.AspNetCore.Builder;
                using Microsoft.Extensions.DependencyInjection;
                using SimpleIdServer.IdServer.Domains;

                public static class Setup
                {
                    public static void Configure(WebApplicationBuilder builder) => builder.AddSidIdentityServer(o => o.DefaultCodeChallengeMethod = "S256");

                    public static Client Api() => new Client
                    {
                        ClientId = "api",
                        TokenEndPointAuthMethod = "client_secret_post",
                        DPOPBoundAccessTokens = true,
                        GrantTypes = { "client_credentials" },
                    };
                }
                """);
            // A relying party whose scheme section lives in appsettings.json, with an environment file over it.
            File.WriteAllText(Path.Combine(project, "RelyingParty.cs"), """
                using Microsoft.AspNetCore.Authentication.OpenIdConnect;
                using Microsoft.Extensions.DependencyInjection;

                public static class RelyingParty
                {
                    public static void Configure(IServiceCollection services)
                        => services.AddAuthentication().AddOpenIdConnect("bank", o =>
                        {
                            o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                            o.TokenValidationParameters.ValidAlgorithms = new[] { "ES256" };
                        });
                }
                """);
            File.WriteAllText(Path.Combine(project, "appsettings.json"), """
                {
                  "Authentication": {
                    "Schemes": {
                      "bank": {
                        "UsePkce": false,
                        "ResponseType": "code"
                      }
                    }
                  }
                }
                """);
            File.WriteAllText(Path.Combine(project, "appsettings.Production.json"), """
                { "Authentication": { "Schemes": { "bank": { "ResponseType": "code id_token" } } } }
                """);
            ProjectDirectory = project;
            Run(project, "restore").AssertSuccess();
        }

        public string PackagePath { get; }

        public string ProjectDirectory { get; }

        public ProcessResult Dotnet(params string[] arguments) => Run(ProjectDirectory, arguments);

        public ProcessResult Build(params string[] arguments)
            => Run(ProjectDirectory, new[] { "build", "--no-restore", "-nologo", "-p:TreatWarningsAsErrors=false", "--no-incremental" }.Concat(arguments).ToArray());

        /// <summary>Builds with an .editorconfig beside the sources, as users write one (tests of one class run one at a time).</summary>
        public ProcessResult BuildWithEditorConfig(string editorConfig)
        {
            var path = Path.Combine(ProjectDirectory, ".editorconfig");
            File.WriteAllText(path, editorConfig);
            try
            {
                return Build();
            }
            finally
            {
                File.Delete(path);
            }
        }

        public void Dispose()
        {
            try
            {
                System.IO.Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        private static ProcessResult Run(string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // A nested build must not inherit the test host's MSBuild node or its properties.
            start.Environment["MSBUILDNOINPROCNODE"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment.Remove("MSBuildExtensionsPath");
            start.Environment.Remove("MSBuildSDKsPath");
            start.Environment.Remove("MSBUILD_EXE_PATH");
            using var process = Process.Start(start)!;
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet " + string.Join(' ', arguments) + " did not finish in 5 minutes");
            }

            process.WaitForExit();
            return new ProcessResult(process.ExitCode, output.ToString());
        }
    }

    public sealed record ProcessResult(int ExitCode, string Output)
    {
        public void AssertSuccess() => Assert.True(ExitCode == 0, Output);
    }
}
