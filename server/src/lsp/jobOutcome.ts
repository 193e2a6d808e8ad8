import type { JobFormat, JobMatch, JobPosting } from '../core/job/types';
import type { MatchedResume } from '../core/jobEditor/hover';
import type { TextSource } from '../core/service';

/** What the core's job match gives the editor: the posting read alone, and matched with a resume. */
export interface JobMatcher {
  readJob(job: TextSource, format: JobFormat): JobPosting;
  matchJob(resume: TextSource, job: TextSource, format: JobFormat): JobMatch;
}

/** The resume a job file is matched with: the open document when it is open, else the file on disk. */
export interface ResumeSource extends MatchedResume {
  readonly path: string;
  readonly source: TextSource;
}

/** One job file matched (or not) as of one version of each file. */
export interface Outcome {
  readonly key: string;
  readonly posting: JobPosting;
  readonly resume?: ResumeSource;
  readonly match?: JobMatch;
  /** Why there is no match: no resume, two, a named one missing. */
  readonly problem?: { readonly message: string; readonly span?: readonly [number, number] };
}
