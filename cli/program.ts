import { Command, Help, Option } from 'commander';
import { configureLogger, LOG_LEVELS, type LogFormat } from '../lib/logger.js';
import { loadCommands } from './commands/index.js';
import { LANGUAGES, messages } from './i18n/index.js';

const LOG_FORMATS: readonly LogFormat[] = ['auto', 'json', 'pretty'];

/**
 * Whether a command shows a progress display on stderr: the stage lines of `vigie demo` and `vigie audit` (on a
 * terminal or not, unless --no-progress), the progress bar of `vigie crawl` (on a terminal only). Its logs are then
 * readable lines, warnings and errors only, rather than JSON mixed into French progress.
 */
export function showsProgress(
  command: string,
  progress: boolean,
  terminal = process.stderr.isTTY === true,
): boolean {
  if (!progress) return false;
  if (command === 'demo' || command === 'audit') return true;
  return command === 'crawl' && terminal;
}

/**
 * The `vigie` program in the current language (cli/i18n/): its commands, their help, and commander's own words
 * (titles, the help option, its error messages). Built from the arguments because only the command named is loaded.
 */
export async function buildProgram(argv: readonly string[]): Promise<Command> {
  const words = messages();
  const program = new Command('vigie')
    .description(words.program.description)
    .version(process.env.npm_package_version ?? '0.1.0', '-V, --version', words.commander.version)
    .option('--db <path>', words.program.db)
    .addOption(new Option('--log-level <level>', words.program.logLevel).choices(LOG_LEVELS))
    .addOption(
      new Option('--log-format <format>', words.program.logFormat)
        .choices(LOG_FORMATS)
        .default(process.env.VIGIE_LOG_FORMAT ?? 'auto'),
    )
    .addOption(new Option('--lang <lang>', words.program.lang).choices([...LANGUAGES]))
    .hook('preAction', (_program, action) => {
      const options = action.optsWithGlobals<{ logLevel?: string; logFormat?: string; progress?: boolean }>();
      const level = LOG_LEVELS.find((name) => name === options.logLevel);
      configureLogger({
        ...(level ? { level } : {}),
        format: LOG_FORMATS.find((name) => name === options.logFormat) ?? 'auto',
        progress: showsProgress(action.name(), options.progress !== false),
      });
    })
    .addHelpText('after', words.program.footer);
  for (const command of await loadCommands(argv)) program.addCommand(command);
  configureCommand(program);
  return program;
}

/** Commander copies these settings only to commands made with `.command()`; added ones need them set too. */
function configureCommand(command: Command): void {
  const words = messages().commander;
  command.exitOverride();
  command.showHelpAfterError(words.showHelpAfterError);
  command.helpOption('-h, --help', words.helpOption);
  if (command.commands.length > 0) command.helpCommand(`help ${words.usageCommand}`, words.helpCommand);
  command.configureHelp({
    styleTitle: (title) => words.titles[title] ?? title,
    commandUsage(command) {
      return Help.prototype.commandUsage.call(this, command).replace('[command]', words.usageCommand);
    },
    optionDescription(option) {
      return translateExtras(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(argument) {
      return translateExtras(Help.prototype.argumentDescription.call(this, argument));
    },
  });
  command.configureOutput({ outputError: (text, write) => write(translateError(text)) });
  for (const sub of command.commands) configureCommand(sub);
}

/** The "(choices: …, default: …)" commander appends to a description, in the current language. */
function translateExtras(text: string): string {
  const words = messages().commander;
  return text.replace(/\((?:choices|default|env|preset): .*\)$/s, (extras) =>
    extras.replace(/\bchoices: /g, `${words.choices} `).replace(/\bdefault: /g, `${words.defaultValue} `),
  );
}

/** One of commander's error messages, in the current language (the catalogue's patterns; English as it is). */
export function translateError(text: string): string {
  const words = messages().commander;
  const body = text.replace(/\n$/, '');
  for (const [pattern, replacement] of words.errors) {
    if (pattern.test(body)) {
      const suggestion = /\(Did you mean (.*)\?\)/.exec(body)?.[1];
      const translated = body.replace(pattern, replacement);
      return `${translated}${suggestion && !translated.includes(suggestion) ? `\n${words.didYouMean(suggestion)}` : ''}\n`;
    }
  }
  return text;
}
