import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import type { Roundup } from '@/schema/roundup';
import { useSaveRoundup } from '../api/save-roundup';
import { useSaveRoundupChanges } from '../api/save-roundup-changes';
import {
  AutosaveController,
  defaultAutosaveTiming,
  type AutosaveTiming,
  type SaveSnapshot,
} from '../lib/autosave-controller';
import type { SaveAttempt, SavedVersion } from '../lib/save-draft';
import type { SaveState } from './save-state';

interface AutosaveOptions {
  roundup: Roundup;
  /** The version the editor content is based on; older than `roundup.version` when restored from the journal. */
  baseVersion?: number;
  snapshot: () => SaveSnapshot;
  onSaved?: (saved: SavedVersion) => void;
  timing?: AutosaveTiming;
}

/** Autosave for one open roundup: the controller holds the rules, React holds the visible state. */
export function useAutosave({ roundup, baseVersion, snapshot, onSaved, timing = defaultAutosaveTiming }: AutosaveOptions) {
  const { mutateAsync: saveWhole } = useSaveRoundup();
  const { mutateAsync: saveChanges } = useSaveRoundupChanges();
  const id = roundup.id;
  const send = useCallback(
    (attempt: SaveAttempt): Promise<SavedVersion> =>
      attempt.kind === 'whole'
        ? saveWhole({ id, request: attempt.request, idempotencyKey: attempt.idempotencyKey })
        : saveChanges({ id, request: attempt.request, idempotencyKey: attempt.idempotencyKey, content: attempt.content }),
    [id, saveChanges, saveWhole],
  );
  const [state, setState] = useState<SaveState>({ kind: 'saved', savedAt: roundup.updatedAt });
  const [controller] = useState(
    () =>
      new AutosaveController(
        { send, snapshot, onState: setState, onSaved },
        { baseVersion: baseVersion ?? roundup.version, savedAt: roundup.updatedAt },
        timing,
      ),
  );

  useLayoutEffect(() => {
    controller.update({ send, snapshot, onState: setState, onSaved });
  }, [controller, onSaved, send, snapshot]);

  useEffect(() => {
    controller.activate();
    const online = () => controller.online();
    const offline = () => controller.offline();
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      controller.dispose();
    };
  }, [controller]);

  return { state, controller };
}
